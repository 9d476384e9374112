#pragma once

// The class list: colour, key (1–9), name and image count of every class, and "Add class…".

#include <QWidget>

class QListWidget;

namespace Hone {

class Project;

class ClassPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClassPanel(Project *project, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

    // The class operations, also reachable from the list's context menu.
    void renameClass(int classId, const QString &name);
    void recolorClass(int classId, const QColor &color);
    void mergeClass(int fromId, int intoId);
    void deleteClass(int classId);

Q_SIGNALS:
    // The user asked to give the selected images this class (double click).
    void classActivated(int classId);

private:
    void refresh();
    void addClass();
    void showMenu(const QPoint &pos);

    Project *m_project;
    QListWidget *m_list;
};

} // namespace Hone
