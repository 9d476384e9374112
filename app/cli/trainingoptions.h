#pragma once

// The training settings of every hone-cli command that trains (train, lr-find): one command-line
// option per TrainingConfig field, applied over the project's saved defaults.

#include "training/trainingconfig.h"

#include <QCommandLineParser>

#include <functional>
#include <vector>

namespace Hone::Cli {

class TrainingOptions
{
public:
    TrainingOptions();

    void addTo(QCommandLineParser &parser) const;
    // Applies every option that is set; false (and *error) on a value that is not understood.
    bool apply(const QCommandLineParser &parser, TrainingConfig *config, QString *error) const;
    // The settings the Auto recipe would choose that the command line gives (AutoField names).
    static QStringList autoFieldsSet(const QCommandLineParser &parser);

private:
    struct Entry
    {
        QCommandLineOption option;
        std::function<bool(const QString &value, TrainingConfig *config)> set;   // false: bad value
    };
    std::vector<Entry> m_entries;
};

} // namespace Hone::Cli
