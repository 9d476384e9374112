#pragma once

// The Train view's choice of network: the architecture (with its size), the weights it starts
// from (none, the bundled backbone, torchvision's ImageNet weights — downloaded here with
// progress and Cancel — or a weight file, whose load report is shown), and how deep it stays
// frozen, as a slider over the stage names with the share of parameters that will train.

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QToolButton;

namespace Hone {

class WeightDownloader;

class BackbonePicker : public QWidget
{
    Q_OBJECT

public:
    explicit BackbonePicker(QWidget *parent = nullptr);
    ~BackbonePicker() override;

    QString backbone() const;
    // What a TrainingConfig stores: "" (none), "zoo:ARCH/ID" or a file path.
    QString weights() const;
    int freezeDepth() const;
    void set(const QString &backbone, const QString &weights, int freezeDepth);

    // Whether the chosen weights are on this machine. If not: *problem says why (a missing file),
    // or *downloadable is true when a download would get them.
    bool weightsReady(QString *problem = nullptr, bool *downloadable = nullptr) const;

public Q_SLOTS:
    void importWeightsFile();
    void downloadWeights();

Q_SIGNALS:
    void changed();
    // The chosen weights were trained at this input size.
    void imageSizeSuggested(int size);

private:
    void fillWeights(const QString &select);
    void onBackboneChanged();
    void updateBackboneInfo();
    void onWeightsChanged();
    void updateFreeze();
    void checkFile(const QString &path);

    QComboBox *m_backbone;
    QLabel *m_backboneInfo;
    QComboBox *m_weights;
    QToolButton *m_browse;
    QPushButton *m_download;
    QProgressBar *m_progress;
    QLabel *m_weightsInfo;
    QSlider *m_freeze;
    QLabel *m_freezeInfo;
    WeightDownloader *m_downloader;
    QFutureWatcher<QString> m_check;
    QString m_checkedPath;
    QString m_pendingCheck;
};

} // namespace Hone
