#pragma once

// A small RFC 4180 reader for label files: comma-separated, fields optionally in double quotes
// ("" inside quotes is a quote), LF or CRLF line ends, an optional UTF-8 byte-order mark.

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace Hone {

struct CsvRow
{
    int line = 0;          // 1-based line where the row starts
    QStringList fields;
};

// The text of a label file: UTF-8 (with or without a byte-order mark), UTF-16 (with a byte-order
// mark, or ASCII-range text without one), else Latin-1. A NUL byte in a UTF-8 file is refused.
bool decodeCsvText(const QByteArray &bytes, QString *text, QString *error);

// Returns false with *error (naming the line) on an unterminated quoted field or text that is not
// a CSV file (see decodeCsvText).
bool parseCsv(const QByteArray &bytes, QVector<CsvRow> *rows, QString *error);

} // namespace Hone
