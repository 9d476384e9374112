#include "runhistorypanel.h"

#include "evaluation/accuracytext.h"

#include "project/project.h"
#include "training/runstore.h"
#include "zoo/backboneexport.h"

#include "train/runstatustext.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hone {

RunHistoryPanel::RunHistoryPanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_list(new QListWidget(this))
    , m_delete(new QPushButton(tr("&Delete Run…"), this))
    , m_resume(new QPushButton(tr("Resu&me Run"), this))
    , m_saveBackbone(new QPushButton(tr("Save as &Backbone…"), this))
{
    m_saveBackbone->setObjectName(QStringLiteral("saveBackboneButton"));
    m_saveBackbone->setToolTip(tr("Save this finished run's network, without its classifier layer, as a backbone other "
                                  "projects can start from (.safetensors)"));
    m_resume->setToolTip(tr("Continue a stopped run from its last completed epoch, with its own settings"));
    m_list->setObjectName(QStringLiteral("runList"));
    m_list->setToolTip(tr("Check runs to draw their validation curves over the current ones."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resume);
    buttons->addWidget(m_saveBackbone);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            Q_EMIT resumeRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_saveBackbone, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            saveAsBackbone(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &RunHistoryPanel::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &RunHistoryPanel::emitOverlays);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            deleteRun(item->data(Qt::UserRole).toString());
    });
    connect(project, &Project::reset, this, &RunHistoryPanel::refresh);
    refresh();
}

void RunHistoryPanel::refresh()
{
    QStringList checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_project->isOpen())
        return;
    const QVector<RunRecord> runs = RunStore::list(m_project->runsDirectory());
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {   // newest first
        const QString backbone = it->json.value(QStringLiteral("config")).toObject()
                                     .value(QStringLiteral("backbone")).toString();
        QString text = tr("%1  %2  %3").arg(it->id, backbone, runStatusText(it->status()));
        if (it->bestValAccuracy() >= 0)
            text += tr("  best %1, epoch %2").arg(accuracyWithInterval(it->bestValAccuracy(), it->bestValImages()))
                        .arg(it->bestEpoch());
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, it->id);
        // The run's whole configuration on hover, so runs can be told apart.
        const QJsonObject config = it->json.value(QStringLiteral("config")).toObject();
        QStringList lines;
        for (auto c = config.begin(); c != config.end(); ++c)
            lines.append(QStringLiteral("%1: %2").arg(c.key(), c.value().toVariant().toString()));
        item->setToolTip(tr("Run %1 (%2 epochs recorded)").arg(it->id).arg(it->epochs().size())
                         + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Resumable: not finished, and a checkpoint to go on from.
        item->setData(Qt::UserRole + 1, it->status() != QLatin1String("finished")
                                            && QFileInfo::exists(QDir(it->directory).filePath(QStringLiteral("checkpoint/state.json"))));
        item->setData(Qt::UserRole + 2, it->status() == QLatin1String("finished"));
        item->setCheckState(checked.contains(it->id) ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
    emitOverlays();
}

void RunHistoryPanel::updateButtons()
{
    m_delete->setEnabled(m_list->count() > 0);
    m_resume->setEnabled(!m_trainingActive && m_list->currentItem()
                         && m_list->currentItem()->data(Qt::UserRole + 1).toBool());
    // Not while training: loading a run's network seeds LibTorch's global generator.
    m_saveBackbone->setEnabled(!m_trainingActive && m_list->currentItem()
                               && m_list->currentItem()->data(Qt::UserRole + 2).toBool());
}

void RunHistoryPanel::setTrainingActive(bool active)
{
    m_trainingActive = active;
    updateButtons();
}

void RunHistoryPanel::setRunChecked(const QString &id, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

bool RunHistoryPanel::deleteRun(const QString &id, bool confirm)
{
    if (confirm
        && QMessageBox::question(this, tr("Delete Run"),
                                 tr("Delete run %1 with its weights and metrics? This cannot be undone.").arg(id),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;
    QString error;
    if (!RunStore::remove(m_project->runsDirectory(), id, &error)) {
        QMessageBox::warning(this, tr("Delete Run"), error);
        return false;
    }
    refresh();
    return true;
}

void RunHistoryPanel::emitOverlays()
{
    QVector<RunCurve> curves;
    const QVector<RunRecord> runs = RunStore::list(m_project->runsDirectory());
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            continue;
        const QString id = m_list->item(i)->data(Qt::UserRole).toString();
        for (const RunRecord &run : runs) {
            if (run.id == id)
                curves.append(RunCurve{id, run.epochs()});
        }
    }
    Q_EMIT overlaysChanged(curves);
}

void RunHistoryPanel::saveAsBackbone(const QString &id)
{
    RunRecord run;
    QString error;
    if (!RunStore::find(m_project->runsDirectory(), id, &run, &error)) {
        QMessageBox::warning(this, tr("Save as Backbone"), error);
        return;
    }
    const QString backbone = run.json.value(QStringLiteral("config")).toObject().value(QStringLiteral("backbone")).toString();
    const QString suggested = QDir(m_project->directory()).filePath(QStringLiteral("%1-%2.safetensors").arg(backbone, id));
    // The suffix is added by the dialog, before it asks about replacing a file.
    QFileDialog dialog(this, tr("Save as Backbone"), suggested, tr("Safetensors weights (*.safetensors)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("safetensors"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QString sha256;
    if (!saveRunAsBackbone(run, path, {}, false, &sha256, &error)) {
        QMessageBox::warning(this, tr("Save as Backbone"), error);
        return;
    }
    QMessageBox::information(this, tr("Save as Backbone"),
                             tr("Saved %1.\n\nIn another project, choose it as the %2 weights with the … button next to "
                                "Weights in the Train view.").arg(QDir::toNativeSeparators(path), backbone));
}

} // namespace Hone
