#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace Hone {

bool decodeCsvText(const QByteArray &input, QString *text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // UTF-16 as spreadsheets save it ("Unicode text"): with its byte-order mark, or ASCII-range
    // text whose every other byte is zero.
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    qsizetype skip = 0;
    if (input.startsWith("\xFF\xFE")) {
        encoding = QStringConverter::Utf16LE;
        skip = 2;
    } else if (input.startsWith("\xFE\xFF")) {
        encoding = QStringConverter::Utf16BE;
        skip = 2;
    } else if (input.size() >= 4 && input.size() % 2 == 0) {
        const qsizetype probe = std::min<qsizetype>(input.size(), 256);
        bool evenZero = true, oddZero = true;
        for (qsizetype i = 0; i < probe; i += 2) {
            evenZero = evenZero && input.at(i) == '\0' && input.at(i + 1) != '\0';
            oddZero = oddZero && input.at(i + 1) == '\0' && input.at(i) != '\0';
        }
        if (oddZero)
            encoding = QStringConverter::Utf16LE;
        else if (evenZero)
            encoding = QStringConverter::Utf16BE;
    }
    if (encoding == QStringConverter::Utf8) {
        const qsizetype nul = input.indexOf('\0');
        if (nul >= 0)
            return fail(QCoreApplication::translate("Csv", "the file holds a NUL byte at offset %1: it is not a text "
                                                           "file in UTF-8, Latin-1 or UTF-16")
                            .arg(nul));
        QStringDecoder utf8(QStringConverter::Utf8);
        *text = utf8(input);
        if (utf8.hasError())   // not UTF-8: the Latin-1 of older spreadsheet exports
            *text = QString::fromLatin1(input);
    } else {
        QStringDecoder utf16(encoding);
        *text = utf16(QByteArrayView(input).sliced(skip));
        if (utf16.hasError())
            return fail(QCoreApplication::translate("Csv", "the file is not valid UTF-16 text"));
        if (text->contains(QChar(0)))
            return fail(QCoreApplication::translate("Csv", "the file holds a NUL character: it is not a text file"));
    }
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

bool parseCsv(const QByteArray &input, QVector<CsvRow> *rows, QString *error)
{
    QString text;
    rows->clear();
    if (!decodeCsvText(input, &text, error))
        return false;
    CsvRow row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        // Blank lines are skipped.
        if (!(row.fields.size() == 1 && row.fields.first().isEmpty()))
            rows->append(row);
        row = CsvRow();
        row.line = line;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;   // CRLF: the LF ends the row
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = QCoreApplication::translate("Csv", "line %1: a quoted field is not closed").arg(row.line);
        return false;
    }
    if (fieldStarted || !field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return true;
}

} // namespace Hone
