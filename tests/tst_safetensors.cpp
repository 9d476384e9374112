// Safetensors files are read without trusting their header: hostile headers, offsets and sizes
// made here are refused with a clear message, never a crash; what Hone writes reads back exactly,
// and a write that cannot succeed leaves nothing behind.

#include "weightfilebytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Hone;

class TestSafetensors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesHostileSafetensors_data();
    void refusesHostileSafetensors();
    void safetensorsRoundTrip();
    void writeFailsCleanly();
    void overlappingSafetensorsAreRefused();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

QString TestSafetensors::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestSafetensors::refusesHostileSafetensors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    const QByteArray eight(8, '\x01');
    auto one = [&](const QByteArray &entry, const QByteArray &data = QByteArray(8, '\x01')) {
        return safetensors("{\"t\":" + entry + "}", data);
    };

    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("7 bytes") << QByteArray(7, '\0') << QStringLiteral("too short");
    QTest::newRow("header length 2^40") << safetensors("{}", {}, quint64(1) << 40) << QStringLiteral("100 MB");
    QTest::newRow("header longer than file") << safetensors("{}", {}, 1000) << QStringLiteral("truncated");
    QTest::newRow("header not JSON") << safetensors("hello, world", {}) << QStringLiteral("not valid JSON");
    QTest::newRow("header a JSON list") << safetensors("[1,2]", {}) << QStringLiteral("not a JSON object");
    QTest::newRow("text after the header") << safetensors("{} {}", {}) << QStringLiteral("after the header");
    QTest::newRow("trailing comma") << safetensors("{\"a\":1,}", {}) << QStringLiteral("not valid JSON");
    QTest::newRow("deep nesting") << safetensors("{\"__metadata__\":" + QByteArray(1000, '[') + QByteArray(1000, ']') + "}", {})
                                  << QStringLiteral("too deep");
    QTest::newRow("invalid UTF-8") << safetensors("{\"\xff\":{}}", {}) << QStringLiteral("UTF-8");
    QTest::newRow("offsets past the end")
        << one("{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}") << QStringLiteral("past the 8 bytes");
    QTest::newRow("offsets disagree with shape")
        << one("{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}")
        << QStringLiteral("span 8 bytes but shape and dtype need 12");
    QTest::newRow("offsets reversed")
        << one("{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,0]}") << QStringLiteral("data_offsets must be");
    QTest::newRow("negative offset")
        << one("{\"dtype\":\"U8\",\"shape\":[0],\"data_offsets\":[-1,-1]}") << QStringLiteral("data_offsets must be");
    QTest::newRow("huge offset")
        << one("{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[99999999999999999999,1]}")
        << QStringLiteral("data_offsets must be");
    QTest::newRow("negative shape")
        << one("{\"dtype\":\"F32\",\"shape\":[-2],\"data_offsets\":[0,8]}") << QStringLiteral("non-negative integer");
    QTest::newRow("garbage shape")
        << one("{\"dtype\":\"F32\",\"shape\":[\"x\"],\"data_offsets\":[0,8]}") << QStringLiteral("non-negative integer");
    QTest::newRow("fractional shape")
        << one("{\"dtype\":\"F32\",\"shape\":[1.5],\"data_offsets\":[0,8]}") << QStringLiteral("non-negative integer");
    QTest::newRow("shape not a list")
        << one("{\"dtype\":\"F32\",\"shape\":2,\"data_offsets\":[0,8]}") << QStringLiteral("shape must be a list");
    QTest::newRow("overflowing shape")
        << one("{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296,16],\"data_offsets\":[0,8]}")
        << QStringLiteral("too large");
    QTest::newRow("dtype I4") << one("{\"dtype\":\"I4\",\"shape\":[2],\"data_offsets\":[0,8]}")
                              << QStringLiteral("unsupported dtype 'I4'");
    QTest::newRow("dtype F8_E4M3") << one("{\"dtype\":\"F8_E4M3\",\"shape\":[8],\"data_offsets\":[0,8]}")
                                   << QStringLiteral("unsupported dtype 'F8_E4M3'");
    QTest::newRow("missing data_offsets") << one("{\"dtype\":\"F32\",\"shape\":[2]}") << QStringLiteral("needs dtype");
    QTest::newRow("entry not an object") << one("7") << QStringLiteral("not an object");
    QTest::newRow("listed twice")
        << safetensors("{\"t\":{\"dtype\":\"U8\",\"shape\":[0],\"data_offsets\":[0,0]},"
                       "\"t\":{\"dtype\":\"U8\",\"shape\":[0],\"data_offsets\":[0,0]}}", {})
        << QStringLiteral("twice");
    QTest::newRow("metadata not strings") << safetensors("{\"__metadata__\":{\"epoch\":3}}", {})
                                          << QStringLiteral("not a string");
    QTest::newRow("data cut short") << one("{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}", eight.left(5))
                                    << QStringLiteral("past the 5 bytes");
}

void TestSafetensors::refusesHostileSafetensors()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    const QString path = write(QStringLiteral("hostile.safetensors"), file);
    std::vector<Nn::RawTensor> tensors(1);
    std::vector<std::pair<std::string, std::string>> metadata{{"stale", "entry"}};
    std::string error;
    QVERIFY(!Nn::readSafetensors(path.toStdString(), &tensors, &metadata, &error));
    QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
    QVERIFY(tensors.empty());
    QVERIFY(metadata.empty());
}

void TestSafetensors::safetensorsRoundTrip()
{
    std::vector<Nn::RawTensor> tensors;
    const Nn::RawDType all[] = {Nn::RawDType::Float32, Nn::RawDType::Float16, Nn::RawDType::BFloat16,
                                Nn::RawDType::Float64, Nn::RawDType::Int64,   Nn::RawDType::Int32,
                                Nn::RawDType::Int16,   Nn::RawDType::Int8,    Nn::RawDType::UInt8,
                                Nn::RawDType::Bool};
    int k = 0;
    for (Nn::RawDType type : all) {
        Nn::RawTensor t;
        t.name = std::string("z.") + std::to_string(10 - k) + "." + Nn::rawDTypeName(type); // not sorted by name
        t.dtype = type;
        t.shape = {2, k % 3 + 1};
        for (int64_t b = 0; b < t.numel() * Nn::rawDTypeSize(type); ++b)
            t.data.push_back(char(type == Nn::RawDType::Bool ? b % 2 : b * 37 + k));
        tensors.push_back(t);
        ++k;
    }
    Nn::RawTensor scalar{"scalar", Nn::RawDType::Float64, {}, {}};
    scalar.data.resize(8, '\x42');
    Nn::RawTensor empty{"empty \"quoted\"\n", Nn::RawDType::Float32, {0, 5}, {}};
    tensors.push_back(scalar);
    tensors.push_back(empty);
    const std::vector<std::pair<std::string, std::string>> metadata{
        {"format", "pt"}, {"b", "line\nbreak \"quote\" back\\slash caf\xc3\xa9 \x01"}, {"a", ""}};

    const std::string path = m_dir.filePath(QStringLiteral("round.safetensors")).toStdString();
    std::string error;
    QVERIFY2(Nn::writeSafetensors(path, tensors, metadata, &error), error.c_str());
    QVERIFY2(Nn::writeSafetensors(path, tensors, metadata, &error), error.c_str()); // replaces in place

    QFile f(QString::fromStdString(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    quint64 headerSize = 0;
    std::memcpy(&headerSize, bytes.constData(), 8);
    QCOMPARE(headerSize % 8, quint64(0));
    QVERIFY(QJsonDocument::fromJson(bytes.mid(8, qsizetype(headerSize))).isObject());

    std::vector<Nn::RawTensor> back;
    std::vector<std::pair<std::string, std::string>> metaBack;
    QVERIFY2(Nn::readSafetensors(path, &back, &metaBack, &error), error.c_str());
    QCOMPARE(back.size(), tensors.size());
    for (size_t i = 0; i < tensors.size(); ++i) {
        QCOMPARE(back[i].name, tensors[i].name);
        QCOMPARE(back[i].dtype, tensors[i].dtype);
        QCOMPARE(back[i].shape, tensors[i].shape);
        QCOMPARE(back[i].data, tensors[i].data);
    }
    QVERIFY(metaBack == metadata);

    // No temporary files are left next to the result.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("round.safetensors*")}, QDir::Files).size(), 1);
}

void TestSafetensors::writeFailsCleanly()
{
    Nn::RawTensor t{"w", Nn::RawDType::Float32, {2}, {}};
    t.data.resize(8);
    std::string error;
    const QString missingDir = m_dir.filePath(QStringLiteral("no/such/dir/out.safetensors"));
    QVERIFY(!Nn::writeSafetensors(missingDir.toStdString(), {t}, {}, &error));
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("cannot create")), error.c_str());
    QVERIFY(!QFileInfo::exists(missingDir));

    const std::string path = m_dir.filePath(QStringLiteral("bad.safetensors")).toStdString();
    Nn::RawTensor wrongSize = t;
    wrongSize.data.resize(5);
    QVERIFY(!Nn::writeSafetensors(path, {wrongSize}, {}, &error));
    QVERIFY2(error.find("does not match") != std::string::npos, error.c_str());
    QVERIFY(!Nn::writeSafetensors(path, {t, t}, {}, &error));
    QVERIFY2(error.find("unique") != std::string::npos, error.c_str());
    QVERIFY(!QFileInfo::exists(QString::fromStdString(path)));

}

void TestSafetensors::overlappingSafetensorsAreRefused()
{
    // One range listed for many tensors made a small file ask for its data size again and again;
    // the format forbids tensors sharing bytes, and so does the reader now.
    const QByteArray data(24, '\x01');
    auto entry = [](const char *name, int begin, int end) {
        return QByteArray("\"") + name + "\":{\"dtype\":\"U8\",\"shape\":[" + QByteArray::number(end - begin)
            + "],\"data_offsets\":[" + QByteArray::number(begin) + "," + QByteArray::number(end) + "]}";
    };
    std::vector<Nn::RawTensor> tensors(1);
    std::string error;
    const QList<QPair<QByteArray, QByteArray>> overlapping{
        {"same range", "{" + entry("a", 0, 24) + "," + entry("b", 0, 24) + "}"},
        {"partly", "{" + entry("a", 0, 16) + "," + entry("b", 8, 24) + "}"},
        {"inside, listed first", "{" + entry("inner", 4, 8) + "," + entry("outer", 0, 24) + "}"},
    };
    for (const auto &[what, header] : overlapping) {
        const QString path = write(QStringLiteral("overlap.safetensors"), safetensors(header, data));
        QVERIFY2(!Nn::readSafetensors(path.toStdString(), &tensors, nullptr, &error), what.constData());
        QVERIFY2(error.find("overlap") != std::string::npos, error.c_str());
        QVERIFY(tensors.empty());
    }

    // Adjacent ranges and empty tensors anywhere are fine.
    const QByteArray fine = "{" + entry("a", 0, 8) + "," + entry("empty", 8, 8) + "," + entry("b", 8, 24) + ","
        + entry("empty2", 0, 0) + "}";
    QVERIFY2(Nn::readSafetensors(write(QStringLiteral("adjacent.safetensors"), safetensors(fine, data)).toStdString(),
                                 &tensors, nullptr, &error),
             error.c_str());
    QCOMPARE(tensors.size(), size_t(4));
    QCOMPARE(tensors[2].data.size(), size_t(16));
}

QTEST_GUILESS_MAIN(TestSafetensors)

#include "tst_safetensors.moc"
