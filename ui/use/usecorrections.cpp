// The Use workspace's correction loop: "Right" and "Wrong? It is …" add the current image to the
// dataset with that label (AddCorrectionCommand: copied into the project, one undo step), the
// keys for them, and the count of images added since the last run. (UseWorkspace's members.)

#include "useworkspace.h"

#include "predictionrunner.h"

#include "imaging/decodelimits.h"
#include "project/addcorrectioncommand.h"
#include "project/project.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

namespace Hone {

void UseWorkspace::setupShortcuts()
{
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        // The window's keys while the workspace shows (a hidden tab's shortcuts do not fire), so
        // they work straight after its tab is clicked.
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Return), [this] { confirmCurrent(); });
    shortcut(QKeySequence(Qt::Key_Enter), [this] { confirmCurrent(); });
    shortcut(QKeySequence::Paste, [this] { paste(); });
    for (int n = 1; n <= 9; ++n) {
        shortcut(QKeySequence(Qt::Key_0 + n), [this, n] {
            if (n <= m_project->classes().size())
                correctCurrent(m_project->classes().at(n - 1).id);
        });
    }
}

void UseWorkspace::rebuildClassMenu()
{
    m_classMenu->clear();
    const QVector<ClassInfo> &classes = m_project->classes();
    for (int i = 0; i < classes.size(); ++i) {
        const int id = classes.at(i).id;
        QAction *action = m_classMenu->addAction(classes.at(i).name, this, [this, id] { correctCurrent(id); });
        action->setData(id);
        if (i < 9)   // the key itself is the workspace's shortcut; the menu only shows it
            action->setText(tr("%1\t%2").arg(classes.at(i).name).arg(i + 1));
    }
    if (classes.isEmpty())
        m_classMenu->addAction(tr("The project has no classes yet"))->setEnabled(false);
    updateCorrection();
}

int UseWorkspace::addedSinceLastRun() const
{
    int n = 0;
    for (const QString &path : m_added)
        n += m_project->imageIndex(path) >= 0 ? 1 : 0;   // an undone addition does not count
    return n;
}

void UseWorkspace::updateCorrection()
{
    const Input *input = current();
    const bool writable = m_project->isOpen() && !m_project->isReadOnly();
    const bool added = input && !input->addedAs.isEmpty() && m_project->imageIndex(input->addedAs) >= 0;
    const bool usable = writable && isCurrentPredicted() && !added;
    const int predictedClass = usable ? m_project->classIdByName(currentPrediction().label) : -1;
    m_right->setEnabled(usable && predictedClass >= 0);
    m_wrong->setEnabled(usable && !m_project->classes().isEmpty());
    if (!writable)
        m_right->setToolTip(tr("The project cannot be changed"));
    else if (added)
        m_right->setToolTip(tr("This image is in the dataset now, as %1").arg(input->addedAs));
    else if (usable && predictedClass < 0)
        m_right->setToolTip(tr("The model's class “%1” is not a class of this project: choose one under "
                               "“Wrong? It is …”").arg(currentPrediction().label));
    else if (usable)
        m_right->setToolTip(tr("Add the image to the dataset as %1 (Enter)").arg(currentPrediction().label));
    else
        m_right->setToolTip(tr("Add the image to the dataset with the predicted class (Enter)"));
    m_wrong->setToolTip(added ? m_right->toolTip()
                              : tr("Add the image to the dataset with the class it really is (keys 1–9)"));
    const int count = addedSinceLastRun();
    m_addedLabel->setText(tr("%n image(s) added since the last run", nullptr, count));
    m_retrain->setEnabled(count > 0 && writable);
    if (m_strip->isVisible())
        updateStrip();
}

void UseWorkspace::confirmCurrent()
{
    if (!m_right->isEnabled()) {
        if (current())
            Q_EMIT statusMessage(m_right->toolTip());
        return;
    }
    add(m_project->classIdByName(currentPrediction().label));
}

void UseWorkspace::correctCurrent(int classId)
{
    if (!m_wrong->isEnabled()) {
        if (current())
            Q_EMIT statusMessage(m_wrong->toolTip());
        return;
    }
    add(classId);
}

void UseWorkspace::add(int classId)
{
    Input &input = m_inputs[m_current];
    QByteArray bytes;
    QString fileName;
    QString error;
    if (input.source == Source::File) {
        fileName = QFileInfo(input.path).fileName();
        QFile file(input.path);
        if (file.size() > DecodeLimits().maxFileBytes || !file.open(QIODevice::ReadOnly)
            || (bytes = file.readAll()).size() != file.size()) {
            QMessageBox::warning(this, tr("Add to Dataset"),
                                 tr("%1 cannot be read: %2").arg(input.name, file.errorString()));
            return;
        }
    } else {
        // A picture keeps every pixel: PNG.
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!input.picture.save(&buffer, "PNG")) {
            QMessageBox::warning(this, tr("Add to Dataset"), tr("The picture cannot be encoded."));
            return;
        }
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        fileName = (input.source == Source::Camera ? QStringLiteral("camera-") : QStringLiteral("pasted-")) + stamp
            + QStringLiteral(".png");
    }
    AddCorrectionCommand *command = AddCorrectionCommand::create(m_project, bytes, fileName, classId, &error);
    if (!command) {   // nothing was changed
        QMessageBox::warning(this, tr("Add to Dataset"), tr("%1 was not added: %2").arg(input.name, error));
        return;
    }
    const ImageEntry entry = command->entry();
    m_project->undoStack()->push(command);
    input.addedAs = entry.path;
    m_added.append(entry.path);
    const ClassInfo *info = m_project->classById(classId);
    Q_EMIT statusMessage(tr("Added %1 to the dataset as %2").arg(entry.path, info ? info->name : QString()));
    // On to the next image of a folder that is not in the dataset yet.
    for (int step = 1; step < m_inputs.size(); ++step) {
        const int next = (m_current + step) % m_inputs.size();
        if (m_inputs.at(next).addedAs.isEmpty()) {
            setCurrentImage(next);
            return;
        }
    }
    updateCorrection();
}

} // namespace Hone
