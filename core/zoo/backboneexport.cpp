#include "backboneexport.h"

#include "nn/classifiermodel.h"
#include "training/runstore.h"
#include "training/trainingdata.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackboneExport)
};

} // namespace

bool saveRunAsBackbone(const RunRecord &run, const QString &output,
                       const QList<QPair<QString, QString>> &extra, bool fullPrecision,
                       QString *sha256, QString *error)
{
    if (run.status() != QLatin1String("finished")) {
        *error = Text::tr("run %1 has not finished; only a finished run can become a backbone").arg(run.id);
        return false;
    }
    auto model = RunStore::loadModel(run, QStringLiteral("cpu"), error);
    if (!model)
        return false;
    const auto text = [](const QString &s) { return s.toStdString(); };
    std::vector<std::pair<std::string, std::string>> metadata = {
        {"format", "hone-backbone"},
        {"imageSize", std::to_string(run.imageSize())},
        {"sourceRun", text(run.id)},
        {"classes", QJsonDocument(QJsonArray::fromStringList(run.classNames())).toJson(QJsonDocument::Compact).toStdString()},
        {"valAccuracy", QString::number(run.bestValAccuracy(), 'f', 4).toStdString()},
        {"datasetHash", text(run.json.value(QStringLiteral("datasetHash")).toString())},
        {"honeVersion", HONE_VERSION},
    };
    for (const auto &[key, value] : extra) {   // an extra pair replaces a default of the same key
        const auto same = std::find_if(metadata.begin(), metadata.end(), [&](const auto &m) { return m.first == text(key); });
        if (same != metadata.end())
            same->second = text(value);
        else
            metadata.emplace_back(text(key), text(value));
    }
    std::string message;
    if (!model->saveSafetensors(QFile::encodeName(output).toStdString(), metadata, /*includeHead=*/false,
                                /*half=*/!fullPrecision, &message)) {
        *error = QString::fromStdString(message);
        return false;
    }
    if (sha256) {
        QFile file(output);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
            *error = Text::tr("cannot read back %1").arg(output);
            return false;
        }
        *sha256 = QString::fromLatin1(hash.result().toHex());
    }
    return true;
}

} // namespace Hone
