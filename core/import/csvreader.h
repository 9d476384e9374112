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

// Returns false with *error (naming the line) on an unterminated quoted field.
bool parseCsv(const QByteArray &bytes, QVector<CsvRow> *rows, QString *error);

} // namespace Hone
