#include "classpanel.h"

#include "project/addclasscommand.h"
#include "project/changeclasscommand.h"
#include "project/removeclasscommand.h"
#include "project/project.h"

#include <QColorDialog>
#include <QInputDialog>
#include <QMenu>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hone {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(130));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace

ClassPanel::ClassPanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Classes</b>"), this);
    auto *hint = new QLabel(tr("Press 1–9 to label the selection, 0 to clear."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *add = new QPushButton(tr("Add Class…"), this);
    m_list->setObjectName(QStringLiteral("classList"));
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    layout->addWidget(add);

    connect(add, &QPushButton::clicked, this, &ClassPanel::addClass);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ClassPanel::showMenu);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT classActivated(item->data(Qt::UserRole).toInt());
    });
    connect(project, &Project::reset, this, &ClassPanel::refresh);
    connect(project, &Project::classesChanged, this, &ClassPanel::refresh);
    connect(project, &Project::labelsChanged, this, &ClassPanel::refresh);
    connect(project, &Project::imagesInserted, this, &ClassPanel::refresh);
    connect(project, &Project::imagesRemoved, this, &ClassPanel::refresh);
    refresh();
}

void ClassPanel::refresh()
{
    QHash<int, int> counts;
    QHash<int, QVector<int>> perSplit;   // class id -> images per Split
    int unlabeled = 0;
    for (const ImageEntry &image : m_project->images()) {
        if (image.label >= 0) {
            ++counts[image.label];
            QVector<int> &splits = perSplit[image.label];
            splits.resize(4);
            ++splits[int(image.split)];
        } else {
            ++unlabeled;
        }
    }
    m_list->clear();
    const auto &classes = m_project->classes();
    for (int i = 0; i < classes.size(); ++i) {
        const ClassInfo &c = classes.at(i);
        const QString key = i < 9 ? QString::number(i + 1) : QStringLiteral(" ");
        const QVector<int> splits = perSplit.value(c.id, QVector<int>(4, 0));
        auto *item = new QListWidgetItem(swatch(QColor::fromString(c.color)),
                                         tr("%1   %2  (%3 · %4/%5/%6)")
                                             .arg(key, c.name)
                                             .arg(counts.value(c.id))
                                             .arg(splits.value(int(Split::Train)))
                                             .arg(splits.value(int(Split::Val)))
                                             .arg(splits.value(int(Split::Test))),
                                         m_list);
        item->setToolTip(tr("%1: %2 images — training %3, validation %4, test %5, no split %6")
                             .arg(c.name)
                             .arg(counts.value(c.id))
                             .arg(splits.value(int(Split::Train)))
                             .arg(splits.value(int(Split::Val)))
                             .arg(splits.value(int(Split::Test)))
                             .arg(splits.value(int(Split::Unassigned))));
        item->setData(Qt::UserRole, c.id);
    }
    if (unlabeled > 0) {
        auto *item = new QListWidgetItem(tr("0   unlabeled  (%1)").arg(unlabeled), m_list);
        item->setData(Qt::UserRole, -1);
        item->setForeground(palette().placeholderText());
    }
}

void ClassPanel::addClass()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Class"), tr("Class name:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_project->classIdByName(name) >= 0) {
        QMessageBox::information(this, tr("Add Class"), tr("There is already a class named %1.").arg(name));
        return;
    }
    ClassInfo info;
    info.id = m_project->nextClassId();
    info.name = name;
    info.color = defaultClassColor(m_project->classes().size());
    m_project->undoStack()->push(new AddClassCommand(m_project, info));
}

void ClassPanel::showMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    if (!item || item->data(Qt::UserRole).toInt() < 0)
        return;
    const int id = item->data(Qt::UserRole).toInt();
    const ClassInfo *info = m_project->classById(id);
    if (!info)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Rename…"), this, [this, id, name = info->name] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Rename Class"), tr("New name:"),
                                                   QLineEdit::Normal, name, &ok);
        if (ok)
            renameClass(id, text.trimmed());
    });
    menu.addAction(tr("Change &Colour…"), this, [this, id, color = info->color] {
        const QColor chosen = QColorDialog::getColor(QColor::fromString(color), this, tr("Class Colour"));
        if (chosen.isValid())
            recolorClass(id, chosen);
    });
    QMenu *merge = menu.addMenu(tr("&Merge Into"));
    for (const ClassInfo &other : m_project->classes()) {
        if (other.id != id)
            merge->addAction(other.name, this, [this, id, into = other.id] { mergeClass(id, into); });
    }
    merge->setEnabled(!merge->isEmpty());
    menu.addSeparator();
    menu.addAction(tr("&Delete…"), this, [this, id] { deleteClass(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void ClassPanel::renameClass(int classId, const QString &name)
{
    const ClassInfo *info = m_project->classById(classId);
    if (!info || name.isEmpty() || name == info->name)
        return;
    if (m_project->classIdByName(name) >= 0) {
        QMessageBox::information(this, tr("Rename Class"),
                                 tr("There is already a class named %1; merge the two instead.").arg(name));
        return;
    }
    m_project->undoStack()->push(ChangeClassCommand::rename(m_project, classId, name));
}

void ClassPanel::recolorClass(int classId, const QColor &color)
{
    if (m_project->classById(classId))
        m_project->undoStack()->push(ChangeClassCommand::recolor(m_project, classId, color.name()));
}

void ClassPanel::mergeClass(int fromId, int intoId)
{
    if (fromId != intoId && m_project->classById(fromId) && m_project->classById(intoId))
        m_project->undoStack()->push(RemoveClassCommand::merge(m_project, fromId, intoId));
}

void ClassPanel::deleteClass(int classId)
{
    const ClassInfo *info = m_project->classById(classId);
    if (!info)
        return;
    const int images = m_project->imageCount(classId);
    if (images > 0) {
        // Say what happens to its images; Merge Into is the way to move them to another class.
        const auto answer = QMessageBox::question(
            this, tr("Delete Class"),
            tr("Delete the class %1? Its %n image(s) stay in the project, unlabeled. (To give them "
               "another class, use Merge Into instead.) Edit › Undo brings everything back.",
               nullptr, images)
                .arg(info->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_project->undoStack()->push(RemoveClassCommand::remove(m_project, classId, -1));
}

} // namespace Hone
