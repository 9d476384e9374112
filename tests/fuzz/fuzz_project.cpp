// Project files (project.hone.json): Qt's JSON parser, then Hone::ProjectFile::fromJson — the
// same steps as ProjectFile::read, without the file. What loads must save and load again to the
// same project (unknown keys survive a round trip).

#include "fuzzinput.h"

#include "project/projectfile.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using HoneFuzz::check;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject()) {
        HoneFuzz::report(false, "not a JSON object");
        return 0;
    }
    Hone::ProjectData project;
    QString error;
    const bool ok = Hone::ProjectFile::fromJson(doc.object(), &project, &error);
    HoneFuzz::report(ok, ok ? std::to_string(project.classes.size()) + " classes, "
                                  + std::to_string(project.images.size()) + " images"
                            : error.toStdString());
    if (!ok) {
        check(!error.isEmpty(), "ProjectFile::fromJson refused without a reason");
        return 0;
    }
    const QJsonObject saved = Hone::ProjectFile::toJson(project);
    Hone::ProjectData again;
    check(Hone::ProjectFile::fromJson(saved, &again, &error), "a project that loaded does not load after saving");
    check(again.classes == project.classes && again.images == project.images
              && again.training == project.training && again.extra == project.extra,
          "a project changed in a save/load round trip");
    return 0;
}
