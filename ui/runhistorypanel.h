#pragma once

// Every training run of the project with its status and best validation accuracy (its whole
// configuration on hover). Checked runs are drawn over the live curves for comparison; a stopped
// run with a checkpoint can be resumed; a finished run can be saved as a backbone for other
// projects; a run can be deleted with its files.

#include "training/trainingtypes.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Hone {

class Project;

struct RunCurve
{
    QString label;
    QVector<EpochMetrics> epochs;
};

class RunHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunHistoryPanel(Project *project, QWidget *parent = nullptr);

    void refresh();
    QListWidget *list() const { return m_list; }
    // Deletes a run's folder; asks first unless confirm is false.
    bool deleteRun(const QString &id, bool confirm = true);
    void setRunChecked(const QString &id, bool checked);
    // While training runs, no run can be resumed (one run at a time).
    void setTrainingActive(bool active);
    // Asks for a file and saves the finished run `id` as a backbone (.safetensors).
    void saveAsBackbone(const QString &id);

Q_SIGNALS:
    void overlaysChanged(const QVector<Hone::RunCurve> &runs);
    void resumeRequested(const QString &runId);

private:
    void emitOverlays();
    void updateButtons();

    Project *m_project;
    QListWidget *m_list;
    QPushButton *m_delete;
    QPushButton *m_resume;
    QPushButton *m_saveBackbone;
    bool m_trainingActive = false;
};

} // namespace Hone
