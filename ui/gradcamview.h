#pragma once

// Grad-CAM for the selected image: the picture as the network saw it, with the heat map of the
// evidence for a class blended over it. The class is the predicted one unless another is chosen.
// The map is computed on a worker thread; a request made while one is running replaces any
// request still waiting.

#include "evaluation/gradcam.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Hone {

namespace Nn {
class ClassifierModel;
}

class GradCamView : public QWidget
{
    Q_OBJECT

public:
    explicit GradCamView(QWidget *parent = nullptr);
    ~GradCamView() override;

    void setModel(std::shared_ptr<Nn::ClassifierModel> model, const QStringList &classNames, int imageSize);
    void setImage(const QString &path, int trueClass);
    void clear();

    bool isComputing() const { return m_watcher.isRunning(); }
    const GradCamResult &result() const { return m_result; }
    QComboBox *classChoice() const { return m_class; }
    QImage shownImage() const;

Q_SIGNALS:
    void computed(bool ok);

private:
    struct Outcome
    {
        quint64 request = 0;
        bool ok = false;
        GradCamResult result;
        QString error;
    };

    void request();
    void onFinished();
    void display();

    std::shared_ptr<Nn::ClassifierModel> m_model;
    QStringList m_classNames;
    int m_imageSize = 0;
    QString m_path;
    int m_trueClass = -1;
    bool m_pending = false;
    quint64 m_request = 0;   // counts requests; an outcome for an older one is dropped
    GradCamResult m_result;
    QFutureWatcher<Outcome> m_watcher;
    QComboBox *m_class;
    QCheckBox *m_overlay;
    QLabel *m_picture;
    QLabel *m_caption;
};

} // namespace Hone
