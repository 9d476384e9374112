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

Q_SIGNALS:
    // The user asked to give the selected images this class (double click).
    void classActivated(int classId);

private:
    void refresh();
    void addClass();

    Project *m_project;
    QListWidget *m_list;
};

} // namespace Hone
