// Label CSV files (importer): Hone::parseCsv on arbitrary bytes.

#include "fuzzinput.h"

#include "import/csvreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using HoneFuzz::check;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QVector<Hone::CsvRow> rows;
    QString error;
    const bool ok = Hone::parseCsv(bytes, &rows, &error);
    HoneFuzz::report(ok, ok ? std::to_string(rows.size()) + " rows" : error.toStdString());
    if (!ok) {
        check(!error.isEmpty(), "parseCsv refused without a reason");
        return 0;
    }
    // Rows start on increasing lines within the file, and none is empty.
    const int lines = int(bytes.count('\n')) + 1;
    int previous = 0;
    for (const Hone::CsvRow &row : rows) {
        check(row.line > previous && row.line <= lines, "parseCsv gave a row an impossible line number");
        check(!row.fields.isEmpty(), "parseCsv returned a row without fields");
        previous = row.line;
    }
    return 0;
}
