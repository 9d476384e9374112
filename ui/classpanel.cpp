#include "classpanel.h"

#include "project/addclasscommand.h"
#include "project/project.h"

#include <QInputDialog>
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
    int unlabeled = 0;
    for (const ImageEntry &image : m_project->images()) {
        if (image.label >= 0)
            ++counts[image.label];
        else
            ++unlabeled;
    }
    m_list->clear();
    const auto &classes = m_project->classes();
    for (int i = 0; i < classes.size(); ++i) {
        const ClassInfo &c = classes.at(i);
        const QString key = i < 9 ? QString::number(i + 1) : QStringLiteral(" ");
        auto *item = new QListWidgetItem(swatch(QColor::fromString(c.color)),
                                         tr("%1   %2  (%3)").arg(key, c.name).arg(counts.value(c.id)),
                                         m_list);
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

} // namespace Hone
