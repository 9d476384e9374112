#pragma once

// The Train view's choice of network: the architecture (with its size), the weights it starts
// from (none, the bundled backbone, torchvision's ImageNet weights — downloaded here with
// progress and Cancel — or a weight file, whose load report is shown), and how deep it stays
// frozen, as a slider over the stage names with the share of parameters that will train. Each
// architecture is described in plain words, with its ImageNet accuracy and how long it takes to
// train on one image on this computer (measured once, in the background, and remembered).

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QProcess;
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
    // The freeze depth is chosen elsewhere (the Auto recipe) while disabled.
    void setFreezeEnabled(bool enabled);
    // Whether the speed of a backbone not measured yet may be measured now (hone-cli backbones
    // --speed, in the background); not while training, which it would slow and be slowed by.
    void setSpeedMeasuring(bool allowed);

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
    void measureSpeed();

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
    QProcess *m_speedProcess = nullptr;
    QString m_speedKey;           // the settings key being measured
    bool m_speedAllowed = true;
};

} // namespace Hone
