// Weight files are read without running anything in them. Files PyTorch wrote (via
// tests/tools/make_weight_files.py, run with the system Python) must read byte for byte; hostile
// archives, pickles and safetensors made here must be refused with a clear message, never a crash.

#include "weightfilebytes.h"

#include "nn/weightfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Hone;

class TestWeightFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void readsPyTorchFiles_data();
    void readsPyTorchFiles();
    void refusesForbiddenGlobals_data();
    void refusesForbiddenGlobals();
    void refusesLegacyAndTruncatedArchives();
    void readsReferenceSafetensors();

    void readsHandMadeArchive();
    void refusesHostileArchives_data();
    void refusesHostileArchives();
    void truncatedPickleIsRefused();
    void corruptedPickleNeverCrashes();
    void missingAndEmptyFiles();

    void expandingViewsAreBounded();
    void zipDirectoryIsChecked();

private:
    QString write(const QString &name, const QByteArray &bytes);
    void compareWithExpected(const QString &file, const std::vector<Nn::RawTensor> &tensors, int skipped);

    QTemporaryDir m_dir;
    QString m_py;          // where the Python-made files are
    QString m_noPython;    // why they are not, when they are not
};

void TestWeightFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString python = QStringLiteral(HONE_TEST_PYTHON);
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import torch")});
    if (!probe.waitForFinished(120000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
        // The checks on PyTorch-written files (the forbidden-globals one among them) then fail,
        // loudly: installer/install-deps.sh installs python3-torch.
        m_noPython = QStringLiteral("%1 cannot import torch, so the PyTorch-written files cannot be made (%2); "
                                    "installer/install-deps.sh installs it")
                         .arg(python, QString::fromLocal8Bit(probe.readAllStandardError()).trimmed());
        return;
    }
    m_py = m_dir.filePath(QStringLiteral("py"));
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(python, {QDir(QStringLiteral(HONE_TESTS_DIR)).filePath(QStringLiteral("tools/make_weight_files.py")),
                          m_py});
    QVERIFY(script.waitForFinished(240000));
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0, script.readAll().constData());
}

QString TestWeightFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestWeightFiles::compareWithExpected(const QString &file, const std::vector<Nn::RawTensor> &tensors, int skipped)
{
    QFile f(file + QStringLiteral(".expected.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(skipped, expected.value(QStringLiteral("skipped")).toInt());
    const QJsonArray list = expected.value(QStringLiteral("tensors")).toArray();
    QCOMPARE(qsizetype(tensors.size()), list.size());
    for (qsizetype k = 0; k < list.size(); ++k) {
        const QJsonObject e = list.at(k).toObject();
        const Nn::RawTensor &t = tensors[size_t(k)];
        QCOMPARE(QString::fromStdString(t.name), e.value(QStringLiteral("name")).toString());
        QCOMPARE(QString::fromLatin1(Nn::rawDTypeName(t.dtype)), e.value(QStringLiteral("dtype")).toString());
        QList<qint64> shape;
        for (const QJsonValue &d : e.value(QStringLiteral("shape")).toArray())
            shape.append(d.toInteger());
        QCOMPARE(QList<qint64>(t.shape.begin(), t.shape.end()), shape);
        QCOMPARE(qsizetype(t.data.size()), qsizetype(t.numel() * Nn::rawDTypeSize(t.dtype)));
        QVERIFY2(bytesOf(t) == QByteArray::fromHex(e.value(QStringLiteral("hex")).toString().toLatin1()),
                 t.name.c_str());
    }
}

void TestWeightFiles::readsPyTorchFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("OrderedDict with _metadata") << QStringLiteral("ordered.pth");
    QTest::newRow("pickle protocol 4") << QStringLiteral("proto4.pth");
    QTest::newRow("wrapped in state_dict") << QStringLiteral("wrapped.pth");
    QTest::newRow("wrapped in model") << QStringLiteral("model.pth");
    QTest::newRow("all dtypes, strides, offsets") << QStringLiteral("half.pth");
}

void TestWeightFiles::readsPyTorchFiles()
{
    if (!m_noPython.isEmpty())
        QFAIL(qPrintable(m_noPython));
    QFETCH(QString, file);
    const QString path = QDir(m_py).filePath(file);
    std::vector<Nn::RawTensor> tensors;
    std::string error;
    int skipped = -1;
    QVERIFY2(Nn::readTorchArchive(path.toStdString(), &tensors, &error, &skipped), error.c_str());
    compareWithExpected(path, tensors, skipped);
    // The BatchNorm counter is an int64 0-dim tensor.
    const auto it = std::find_if(tensors.begin(), tensors.end(),
                                 [](const Nn::RawTensor &t) { return t.name == "1.num_batches_tracked"; });
    QVERIFY(it != tensors.end());
    QCOMPARE(it->dtype, Nn::RawDType::Int64);
    QVERIFY(it->shape.empty());
    int64_t count = 0;
    std::memcpy(&count, it->data.data(), sizeof count);
    QCOMPARE(count, int64_t(11));
}

void TestWeightFiles::refusesForbiddenGlobals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("global");
    QTest::newRow("GLOBAL posix system") << QStringLiteral("evil.pth") << QStringLiteral("'posix.system'");
    QTest::newRow("STACK_GLOBAL builtins eval") << QStringLiteral("evil4.pth") << QStringLiteral("'builtins.eval'");
}

void TestWeightFiles::refusesForbiddenGlobals()
{
    if (!m_noPython.isEmpty())
        QFAIL(qPrintable(m_noPython));
    QFETCH(QString, file);
    QFETCH(QString, global);
    std::vector<Nn::RawTensor> tensors;
    std::string error;
    QVERIFY(!Nn::readTorchArchive(QDir(m_py).filePath(file).toStdString(), &tensors, &error));
    const QString message = QString::fromStdString(error);
    QVERIFY2(message.contains(QStringLiteral("forbidden global ") + global), error.c_str());
    QVERIFY(tensors.empty());
    QVERIFY2(!QFileInfo::exists(QDir(m_py).filePath(QStringLiteral("MARKER"))), "the pickle's command ran");
}

void TestWeightFiles::refusesLegacyAndTruncatedArchives()
{
    if (!m_noPython.isEmpty())
        QFAIL(qPrintable(m_noPython));
    std::string error;
    std::vector<Nn::RawTensor> tensors;
    QVERIFY(!Nn::readTorchArchive(QDir(m_py).filePath(QStringLiteral("legacy.pth")).toStdString(), &tensors, &error));
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("not a PyTorch zip archive")), error.c_str());
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("torch.save(model.state_dict(), path)")),
             error.c_str());

    QFile good(QDir(m_py).filePath(QStringLiteral("ordered.pth")));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    for (qsizetype cut : {bytes.size() / 2, bytes.size() - 10, qsizetype(30)}) {
        error.clear();
        const QString path = write(QStringLiteral("cut.pth"), bytes.left(cut));
        QVERIFY(!Nn::readTorchArchive(path.toStdString(), &tensors, &error));
        QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("zip archive")), error.c_str());
        QVERIFY(tensors.empty());
    }
}

void TestWeightFiles::readsReferenceSafetensors()
{
    if (!m_noPython.isEmpty())
        QFAIL(qPrintable(m_noPython));
    const QString path = QDir(m_py).filePath(QStringLiteral("ref.safetensors"));
    std::vector<Nn::RawTensor> tensors;
    std::vector<std::pair<std::string, std::string>> metadata;
    std::string error;
    QVERIFY2(Nn::readSafetensors(path.toStdString(), &tensors, &metadata, &error), error.c_str());
    compareWithExpected(path, tensors, 0);
    const std::vector<std::pair<std::string, std::string>> expected{{"format", "pt"},
                                                                   {"note", "caf\xc3\xa9 \"quoted\""}};
    QVERIFY(metadata == expected);
}

void TestWeightFiles::readsHandMadeArchive()
{
    // 2x2 view with offset 1 and strides (1, 2) over 0..5: [[1, 3], [2, 4]]; a Parameter; an int.
    const QByteArray pickle = stateDict({
        {"view", tensor("0", 6, 1, {2, 2}, {1, 2})},
        {"param", global("torch._utils", "_rebuild_parameter") + "(" + tensor("0", 6, 4, {2}, {1}) + "\x88}t" + "R"},
        {"count", int1(3)},
        {"view", tensor("0", 6, 0, {1}, {1})},   // set twice: first position, last value
    });
    const QString path = write(QStringLiteral("hand.pth"), archive(pickle, {{"0", floats({0, 1, 2, 3, 4, 5})}}));
    std::vector<Nn::RawTensor> tensors;
    std::string error;
    int skipped = -1;
    QVERIFY2(Nn::readTorchArchive(path.toStdString(), &tensors, &error, &skipped), error.c_str());
    QCOMPARE(skipped, 1);
    QCOMPARE(tensors.size(), size_t(2));
    QCOMPARE(tensors[0].name, std::string("view"));
    QCOMPARE(tensors[0].shape, std::vector<int64_t>{1});
    QCOMPARE(bytesOf(tensors[0]), floats({0}));
    QCOMPARE(tensors[1].name, std::string("param"));
    QCOMPARE(bytesOf(tensors[1]), floats({4, 5}));

    const QByteArray strided = stateDict({{"w", tensor("0", 6, 1, {2, 2}, {1, 2})}});
    const QString path2 = write(QStringLiteral("hand2.pth"), archive(strided, {{"0", floats({0, 1, 2, 3, 4, 5})}}));
    QVERIFY2(Nn::readTorchArchive(path2.toStdString(), &tensors, &error), error.c_str());
    QCOMPARE(tensors.size(), size_t(1));
    QCOMPARE(tensors[0].shape, (std::vector<int64_t>{2, 2}));
    QCOMPARE(bytesOf(tensors[0]), floats({1, 3, 2, 4}));
}

void TestWeightFiles::refusesHostileArchives_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    const ZipEntries six{{"0", floats({0, 1, 2, 3, 4, 5})}};
    auto a = [&](const QByteArray &pickle) { return archive(pickle, six); };

    QTest::newRow("GLOBAL os system") << a("\x80\x02" + global("os", "system") + "(" + str("touch x") + "tR.")
                                      << QStringLiteral("forbidden global 'os.system'");
    QTest::newRow("GLOBAL subprocess Popen") << a(stateDict({{"w", global("subprocess", "Popen") + ")R"}}))
                                             << QStringLiteral("forbidden global 'subprocess.Popen'");
    QTest::newRow("STACK_GLOBAL builtins eval")
        << a("\x80\x04\x8c\x08" "builtins\x8c\x04" "eval\x93" + str("1") + "\x85R.")
        << QStringLiteral("forbidden global 'builtins.eval'");
    QTest::newRow("unsupported opcode INST") << a("\x80\x02(iposix\nsystem\n.") << QStringLiteral("INST");
    QTest::newRow("stack underflow") << a("\x80\x02R.") << QStringLiteral("stack underflow");
    QTest::newRow("memo never stored") << a("\x80\x02h\x05.") << QStringLiteral("memo");
    QTest::newRow("string longer than pickle") << a("\x80\x02X\xff\xff\xff\xff" "abc.") << QStringLiteral("truncated");
    QTest::newRow("LONG1 too wide") << a("\x80\x02\x8a\x09" "123456789.") << QStringLiteral("too large");
    QTest::newRow("marks nest too deeply") << a("\x80\x02" + QByteArray(5000, '(') + ".") << QStringLiteral("deeply");
    QTest::newRow("BUILD on a list") << a("\x80\x02]}b.") << QStringLiteral("BUILD");
    QTest::newRow("NEWOBJ of a tensor") << a("\x80\x02" + global("torch._utils", "_rebuild_tensor_v2") + ")\x81.")
                                        << QStringLiteral("NEWOBJ");
    QTest::newRow("calling a storage type") << a("\x80\x02" + global("torch", "FloatStorage") + ")R.")
                                            << QStringLiteral("cannot be called");
    QTest::newRow("bad persistent id") << a("\x80\x02(" + str("storage") + str("x") + "tQ.")
                                       << QStringLiteral("persistent id");
    QTest::newRow("wrong argument count")
        << a(stateDict({{"w", global("torch._utils", "_rebuild_tensor_v2") + ")R"}})) << QStringLiteral("6 or 7");
    QTest::newRow("top level is a list") << a("\x80\x02].") << QStringLiteral("not a state dict");
    QTest::newRow("no tensors") << a(stateDict({{"epoch", int1(3)}})) << QStringLiteral("no tensors");
    QTest::newRow("storage missing") << a(stateDict({{"w", tensor("7", 6, 0, {6}, {1})}}))
                                     << QStringLiteral("'data/7' is missing");
    QTest::newRow("view past the storage") << a(stateDict({{"w", tensor("0", 6, 1, {6}, {1})}}))
                                           << QStringLiteral("reach element 6");
    QTest::newRow("strides past the storage") << a(stateDict({{"w", tensor("0", 6, 0, {2, 3}, {3, 2})}}))
                                              << QStringLiteral("reach element");
    QTest::newRow("negative stride") << a(stateDict({{"w", tensor("0", 6, 5, {2}, {-1})}}))
                                     << QStringLiteral("negative stride");
    QTest::newRow("storage shorter than its count") << a(stateDict({{"w", tensor("0", 9, 0, {2}, {1})}}))
                                                    << QStringLiteral("shorter");
    QTest::newRow("broadcast too large")
        << a(stateDict({{"w", tensor("0", 6, 0, {1 << 30, 1 << 30}, {0, 0})}})) << QStringLiteral("too large");
    QTest::newRow("unsupported storage type")
        << a(stateDict({{"w", tensor("0", 6, 0, {2}, {1}, "ComplexFloatStorage")}}))
        << QStringLiteral("forbidden global 'torch.ComplexFloatStorage'");
    QTest::newRow("TorchScript archive") << archive(stateDict({}), {}, {{"archive/constants.pkl", "\x80\x02)."}})
                                         << QStringLiteral("TorchScript");
    QTest::newRow("big-endian archive")
        << archive(stateDict({{"w", tensor("0", 6, 0, {6}, {1})}}), six, {{"archive/byteorder", "big"}})
        << QStringLiteral("big");
    QTest::newRow("no version record") << makeZip({{"archive/data.pkl", stateDict({})}})
                                       << QStringLiteral("not a readable PyTorch zip archive");
    QTest::newRow("no folder in the archive") << makeZip({{"data.pkl", stateDict({})}, {"version", "3\n"}})
                                              << QStringLiteral("not a readable PyTorch zip archive");
    QTest::newRow("garbled version record") << makeZip({{"archive/data.pkl", stateDict({})}, {"archive/version", "zz"}})
                                            << QStringLiteral("not a readable PyTorch zip archive");
    QTest::newRow("no data.pkl") << makeZip({{"archive/version", "3\n"}}) << QStringLiteral("no data.pkl");
    QTest::newRow("random bytes") << QByteArray("\x80\x02\x8a\x0a garbage that is no zip") << QStringLiteral("legacy");
    QTest::newRow("zip cut in half") << archive(stateDict({{"w", tensor("0", 6, 0, {6}, {1})}}), six).left(200)
                                     << QStringLiteral("zip archive");
}

void TestWeightFiles::refusesHostileArchives()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    const QString path = write(QStringLiteral("hostile.pth"), file);
    std::vector<Nn::RawTensor> tensors(1);
    std::string error;
    int skipped = -1;
    QVERIFY(!Nn::readTorchArchive(path.toStdString(), &tensors, &error, &skipped));
    QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
    QVERIFY(tensors.empty());
}

void TestWeightFiles::truncatedPickleIsRefused()
{
    const QByteArray pickle = stateDict({{"a", tensor("0", 6, 1, {2, 2}, {1, 2})}, {"b", tensor("0", 6, 0, {3}, {2})}});
    for (qsizetype cut = 0; cut < pickle.size(); ++cut) {
        const QString path = write(QStringLiteral("truncated.pth"),
                                   archive(pickle.left(cut), {{"0", floats({0, 1, 2, 3, 4, 5})}}));
        std::vector<Nn::RawTensor> tensors;
        std::string error;
        QVERIFY2(!Nn::readTorchArchive(path.toStdString(), &tensors, &error), qPrintable(QString::number(cut)));
        QVERIFY(!error.empty());
    }
}

void TestWeightFiles::corruptedPickleNeverCrashes()
{
    const QByteArray pickle = stateDict({{"a", tensor("0", 6, 1, {2, 2}, {1, 2})}, {"b", tensor("0", 6, 0, {3}, {2})},
                                         {"n", "N"}, {"l", "](K\x01K\x02" "e"}});
    QRandomGenerator random(20240531);
    int refused = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray bad = pickle;
        for (int flips = 1 + int(random.bounded(3)); flips > 0; --flips)
            bad[qsizetype(random.bounded(quint32(bad.size())))] = char(random.bounded(256));
        const QString path = write(QStringLiteral("corrupt.pth"), archive(bad, {{"0", floats({0, 1, 2, 3, 4, 5})}}));
        std::vector<Nn::RawTensor> tensors;
        std::string error;
        if (!Nn::readTorchArchive(path.toStdString(), &tensors, &error)) {
            ++refused;
            QVERIFY(!error.empty());
            QVERIFY(tensors.empty());
        } else {
            for (const Nn::RawTensor &t : tensors)
                QCOMPARE(qsizetype(t.data.size()), qsizetype(t.numel() * Nn::rawDTypeSize(t.dtype)));
        }
    }
    QVERIFY(refused > 100);
}

void TestWeightFiles::missingAndEmptyFiles()
{
    std::vector<Nn::RawTensor> tensors;
    std::string error;
    const std::string missing = m_dir.filePath(QStringLiteral("nope.pth")).toStdString();
    QVERIFY(!Nn::readTorchArchive(missing, &tensors, &error));
    QVERIFY2(error.find("does not exist") != std::string::npos, error.c_str());
    QVERIFY(!Nn::readSafetensors(missing, &tensors, nullptr, &error));
    QVERIFY2(error.find("does not exist") != std::string::npos, error.c_str());
    QVERIFY(!Nn::readTorchArchive(m_dir.path().toStdString(), &tensors, &error));
    QVERIFY2(error.find("not a regular file") != std::string::npos, error.c_str());
    QVERIFY(!Nn::readTorchArchive(write(QStringLiteral("empty.pth"), {}).toStdString(), &tensors, &error));
    QVERIFY2(error.find("not a PyTorch zip archive") != std::string::npos, error.c_str());
}

void TestWeightFiles::expandingViewsAreBounded()
{
    // Seen while fuzzing (reproduced with fuzz_torchpickle in tests/fuzz): stride-0 views of one
    // float, each under the per-tensor cap, asked for 40 GiB from a 3 KB file. All tensors of a
    // file together now stay within 4 times its size (at least 256 MiB).
    const ZipEntries one{{"0", floats({7})}};
    std::vector<Nn::RawTensor> tensors(1);
    std::string error;

    QList<QPair<QByteArray, QByteArray>> huge;
    for (int k = 0; k < 20; ++k)
        huge.append(qMakePair("w" + QByteArray::number(k), tensor("0", 1, 0, {1 << 29}, {0})));
    QVERIFY(!Nn::readTorchArchive(write(QStringLiteral("broadcast.pth"), archive(stateDict(huge), one)).toStdString(),
                                  &tensors, &error));
    QVERIFY2(error.find("times the file's size") != std::string::npos, error.c_str());
    QVERIFY(tensors.empty());

    // Five 64 MiB views: each fits, together they pass the 256 MiB a small file may take.
    QList<QPair<QByteArray, QByteArray>> many;
    for (int k = 0; k < 5; ++k)
        many.append(qMakePair("w" + QByteArray::number(k), tensor("0", 1, 0, {1 << 24}, {0})));
    QVERIFY(!Nn::readTorchArchive(write(QStringLiteral("many.pth"), archive(stateDict(many), one)).toStdString(),
                                  &tensors, &error));
    QVERIFY2(error.find("tensor 'w4'") != std::string::npos && error.find("times the file's size") != std::string::npos,
             error.c_str());

    // A small broadcast view still reads, as repeated values.
    QVERIFY2(Nn::readTorchArchive(write(QStringLiteral("small.pth"),
                                        archive(stateDict({{"w", tensor("0", 1, 0, {2, 3}, {0, 0})}}), one))
                                      .toStdString(),
                                  &tensors, &error),
             error.c_str());
    QCOMPARE(tensors.size(), size_t(1));
    QCOMPARE(bytesOf(tensors[0]), floats({7, 7, 7, 7, 7, 7}));
}

namespace {

void put64(QByteArray *out, quint64 v)
{
    put32(out, quint32(v & 0xffffffffu));
    put32(out, quint32(v >> 32));
}

// makeZip's archive with every size and offset in zip64 fields, as writers lay out files past 4 GiB.
QByteArray makeZip64(const ZipEntries &files)
{
    QByteArray out, central;
    for (const auto &[name, data] : files) {
        const auto offset = quint64(out.size());
        const quint32 crc = crc32(data);
        put32(&out, 0x04034b50);
        put16(&out, 45);
        put16(&out, 0);
        put16(&out, 0);            // stored
        put16(&out, 0);
        put16(&out, 0x21);
        put32(&out, crc);
        put32(&out, 0xffffffffu);
        put32(&out, 0xffffffffu);
        put16(&out, quint32(name.size()));
        put16(&out, 20);
        out += name;
        put16(&out, 1);            // zip64 extra: sizes
        put16(&out, 16);
        put64(&out, quint64(data.size()));
        put64(&out, quint64(data.size()));
        out += data;

        put32(&central, 0x02014b50);
        put16(&central, 45);
        put16(&central, 45);
        put16(&central, 0);
        put16(&central, 0);
        put16(&central, 0);
        put16(&central, 0x21);
        put32(&central, crc);
        put32(&central, 0xffffffffu);
        put32(&central, 0xffffffffu);
        put16(&central, quint32(name.size()));
        put16(&central, 28);
        put16(&central, 0);
        put16(&central, 0);
        put16(&central, 0);
        put32(&central, 0);
        put32(&central, 0xffffffffu);
        central += name;
        put16(&central, 1);        // zip64 extra: sizes, then the local header's offset
        put16(&central, 24);
        put64(&central, quint64(data.size()));
        put64(&central, quint64(data.size()));
        put64(&central, offset);
    }
    const auto centralOffset = quint64(out.size());
    out += central;
    const auto end64Offset = quint64(out.size());
    put32(&out, 0x06064b50);
    put64(&out, 44);
    put16(&out, 45);
    put16(&out, 45);
    put32(&out, 0);
    put32(&out, 0);
    put64(&out, quint64(files.size()));
    put64(&out, quint64(files.size()));
    put64(&out, quint64(central.size()));
    put64(&out, centralOffset);
    put32(&out, 0x07064b50);
    put32(&out, 0);
    put64(&out, end64Offset);
    put32(&out, 1);
    put32(&out, 0x06054b50);
    put16(&out, 0);
    put16(&out, 0);
    put16(&out, 0xffff);
    put16(&out, 0xffff);
    put32(&out, 0xffffffffu);
    put32(&out, 0xffffffffu);
    put16(&out, 0);
    return out;
}

} // namespace

void TestWeightFiles::zipDirectoryIsChecked()
{
    // Found by fuzzing (fuzz_torcharchive): LibTorch's reader allocates what the zip directory
    // declares before reading a byte, so a 530-byte archive whose "version" record declared
    // 2264924162 bytes took 2 GiB in its constructor. The directory is checked first now.
    const ZipEntries six{{"0", floats({0, 1, 2, 3, 4, 5})}};
    const QByteArray good = archive(stateDict({{"w", tensor("0", 6, 0, {6}, {1})}}), six);
    auto declaring = [&](quint32 method, quint32 size) {
        QByteArray zip = good;
        const QByteArray name("archive/version");
        for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4)) {
            if (zip.mid(at + 46, name.size()) != name)
                continue;
            zip[at + 10] = char(method & 0xff);
            zip[at + 11] = char(method >> 8);
            for (int k = 0; k < 4; ++k)
                zip[at + 24 + k] = char((size >> (8 * k)) & 0xff);
        }
        return zip;
    };
    std::vector<Nn::RawTensor> tensors(1);
    std::string error;
    QVERIFY(!Nn::readTorchArchive(write(QStringLiteral("lying.pth"), declaring(0, 2264924162u)).toStdString(),
                                  &tensors, &error));
    QVERIFY2(error.find("stored with 2 bytes but declares 2264924162") != std::string::npos, error.c_str());
    QVERIFY(tensors.empty());
    // A compressed record may unpack to more than it stores, but not to gigabytes from kilobytes.
    QVERIFY(!Nn::readTorchArchive(write(QStringLiteral("bomb.pth"), declaring(8, 3u << 30)).toStdString(), &tensors,
                                  &error));
    QVERIFY2(error.find("would unpack to more than 256 MiB") != std::string::npos, error.c_str());

    // The same archive with zip64 directory records still reads.
    const QByteArray pickle = stateDict({{"w", tensor("0", 6, 0, {6}, {1})}});
    const QByteArray zip64 = makeZip64({{"archive/data.pkl", pickle}, {"archive/data/0", floats({0, 1, 2, 3, 4, 5})},
                                        {"archive/version", "3\n"}});
    QVERIFY2(Nn::readTorchArchive(write(QStringLiteral("zip64.pth"), zip64).toStdString(), &tensors, &error),
             error.c_str());
    QCOMPARE(tensors.size(), size_t(1));
    QCOMPARE(bytesOf(tensors[0]), floats({0, 1, 2, 3, 4, 5}));
}

QTEST_GUILESS_MAIN(TestWeightFiles)
#include "tst_weightfiles.moc"
