#include "evaluateworkspace.h"

#include "confusiongallery.h"
#include "confusionmatrixwidget.h"
#include "evaluate/reliabilitydiagram.h"
#include "gradcamview.h"
#include "predictiongallery.h"
#include "splittext.h"
#include "trainingreport.h"

#include "evaluation/predictionanalysis.h"
#include "evaluation/wilson.h"
#include "nn/classifiermodel.h"
#include "project/project.h"
#include "util/failure.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Hone {

namespace {

// A table cell shown with a fixed number of decimals that sorts by its value.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(double value, int decimals)
        : QTableWidgetItem(QString::number(value, 'f', decimals))
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

} // namespace

EvaluateWorkspace::EvaluateWorkspace(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_run(new QComboBox(this))
    , m_split(new QComboBox(this))
    , m_evaluateButton(new QPushButton(tr("Evaluate"), this))
    , m_reportButton(new QPushButton(tr("Export Re&port…"), this))
    , m_summary(new QLabel(this))
    , m_perClass(new QTableWidget(this))
    , m_pairs(new QTreeWidget(this))
    , m_matrix(new ConfusionMatrixWidget(this))
    , m_mistakes(new PredictionGallery(project, this))
    , m_gradCam(new GradCamView(this))
    , m_reliability(new ReliabilityDiagram(this))
{
    setObjectName(QStringLiteral("evaluateWorkspace"));
    m_run->setMinimumContentsLength(28);
    m_run->setToolTip(tr("A finished training run"));
    m_split->addItem(tr("Validation"), int(Split::Val));
    //: the test split (noun), beside Validation
    m_split->addItem(tr("Test"), int(Split::Test));
    // F5, as "run" elsewhere: Ctrl+E is Export Model and Alt+E the Edit menu.
    m_evaluateButton->setShortcut(QKeySequence(Qt::Key_F5));
    m_evaluateButton->setToolTip(tr("Evaluate the run on the split (F5)"));
    m_reportButton->setToolTip(tr("Write an HTML or PDF report: configuration, curves, confusion "
                                  "matrix, per-class table and the most confident mistakes"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    m_perClass->setColumnCount(5);
    m_perClass->setHorizontalHeaderLabels({tr("Class"), tr("Precision"), tr("Recall"), tr("F1"), tr("Support")});
    m_perClass->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perClass->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_perClass->verticalHeader()->hide();
    m_perClass->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_perClass->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_perClass->setSortingEnabled(true);
    m_perClass->setObjectName(QStringLiteral("perClassTable"));

    m_pairs->setColumnCount(4);
    m_pairs->setHeaderLabels({tr("True class"), tr("Predicted as"), tr("Images"), tr("Share")});
    m_pairs->setRootIsDecorated(false);
    m_pairs->setObjectName(QStringLiteral("confusedPairs"));
    m_pairs->setToolTip(tr("Double-click a pair to see its images"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("R&un:"), this));
    qobject_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_run);
    top->addWidget(m_run, 1);
    auto *splitLabel = new QLabel(tr("&Split:"), this);
    splitLabel->setBuddy(m_split);
    top->addWidget(splitLabel);
    top->addWidget(m_split);
    top->addWidget(m_evaluateButton);
    top->addWidget(m_reportButton);

    auto *left = new QSplitter(Qt::Vertical, this);
    auto *tableBox = new QWidget(left);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(new QLabel(tr("<b>Per class</b> (click a header to sort)"), tableBox));
    tableLayout->addWidget(m_perClass);
    auto *pairsBox = new QWidget(left);
    auto *pairsLayout = new QVBoxLayout(pairsBox);
    pairsLayout->setContentsMargins(0, 0, 0, 0);
    pairsLayout->addWidget(new QLabel(tr("<b>Most confused pairs</b>"), pairsBox));
    pairsLayout->addWidget(m_pairs);
    left->addWidget(tableBox);
    left->addWidget(pairsBox);
    left->addWidget(m_reliability);

    auto *right = new QSplitter(Qt::Vertical, this);
    auto *mistakesBox = new QWidget(right);
    auto *mistakesLayout = new QVBoxLayout(mistakesBox);
    mistakesLayout->setContentsMargins(0, 0, 0, 0);
    mistakesLayout->addWidget(new QLabel(tr("<b>Misclassified, most confident first</b>"), mistakesBox));
    mistakesLayout->addWidget(m_mistakes);
    right->addWidget(mistakesBox);
    right->addWidget(m_gradCam);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(m_matrix);
    columns->addWidget(right);
    columns->setStretchFactor(0, 2);
    columns->setStretchFactor(1, 3);
    columns->setStretchFactor(2, 3);
    columns->setSizes({330, 470, 470});
    right->setSizes({300, 420});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(columns, 1);

    connect(m_evaluateButton, &QPushButton::clicked, this, &EvaluateWorkspace::evaluate);
    connect(m_reportButton, &QPushButton::clicked, this, [this] { exportReport(); });
    connect(m_run, &QComboBox::currentIndexChanged, this, &EvaluateWorkspace::updateActions);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &EvaluateWorkspace::onEvaluated);
    connect(m_matrix, &ConfusionMatrixWidget::cellClicked, this, [this](int t, int p) { openGallery(t, p); });
    connect(m_pairs, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        openGallery(item->data(0, Qt::UserRole).toInt(), item->data(1, Qt::UserRole).toInt());
    });
    connect(m_mistakes, &PredictionGallery::currentPredictionChanged, this, &EvaluateWorkspace::showGradCamForCurrent);
    connect(m_mistakes, &PredictionGallery::openImageRequested, this, &EvaluateWorkspace::openImageRequested);
    // Evaluation results name images by project row, and rows shift when images come or go.
    const auto outdated = [this] {
        if (!hasResult())
            return;
        m_result = EvaluationResult();
        m_model.reset();
        showResult();
        m_summary->setText(tr("The project's images changed since the evaluation: press Evaluate (F5) again."));
    };
    connect(project, &Project::imagesAboutToBeInserted, this, outdated);
    connect(project, &Project::imagesAboutToBeRemoved, this, outdated);
    connect(project, &Project::reset, this, [this] {
        m_result = EvaluationResult();
        m_model.reset();
        showResult();
        refreshRuns();
    });
    refreshRuns();
    showResult();
}

EvaluateWorkspace::~EvaluateWorkspace()
{
    if (m_cancel)
        m_cancel->store(true);   // quitting does not wait for the whole evaluation
    m_watcher.waitForFinished();
}

void EvaluateWorkspace::refreshRuns()
{
    const QString current = m_run->currentData().toString();
    const QSignalBlocker blocker(m_run);
    m_run->clear();
    if (m_project->isOpen()) {
        const QVector<RunRecord> runs = RunStore::list(m_project->runsDirectory());
        for (int i = runs.size() - 1; i >= 0; --i) {   // the newest first
            const RunRecord &run = runs.at(i);
            if (run.status() != QLatin1String("finished") && run.status() != QLatin1String("stopped"))
                continue;
            if (run.epochs().isEmpty())
                continue;
            m_run->addItem(tr("%1 · %2 · best %3 %")
                               .arg(run.id, run.json.value(QStringLiteral("config")).toObject()
                                                .value(QStringLiteral("backbone")).toString())
                               .arg(run.bestValAccuracy() * 100.0, 0, 'f', 1),
                           run.id);
        }
    }
    const int keep = m_run->findData(current);
    m_run->setCurrentIndex(keep >= 0 ? keep : 0);
    updateActions();
}

void EvaluateWorkspace::selectRun(const QString &id)
{
    const int i = m_run->findData(id);
    if (i >= 0)
        m_run->setCurrentIndex(i);
}

void EvaluateWorkspace::setSplit(Split split)
{
    m_split->setCurrentIndex(std::max(0, m_split->findData(int(split))));
}

void EvaluateWorkspace::updateActions()
{
    m_evaluateButton->setEnabled(m_run->count() > 0 && !m_watcher.isRunning());
    m_reportButton->setEnabled(hasResult() && !m_watcher.isRunning());
}

void EvaluateWorkspace::evaluate()
{
    if (m_watcher.isRunning() || m_run->count() == 0)
        return;
    RunRecord run;
    QString error;
    if (!RunStore::find(m_project->runsDirectory(), m_run->currentData().toString(), &run, &error)) {
        Q_EMIT statusMessage(error);
        return;
    }
    EvaluationInput input;
    if (!prepareEvaluation(*m_project, run, Split(m_split->currentData().toInt()), &input, &error)) {
        m_summary->setText(tr("Cannot evaluate: %1").arg(error.toHtmlEscaped()));
        Q_EMIT evaluationFinished(false);
        return;
    }
    m_summary->setText(tr("Evaluating run %1 on %n image(s)…", nullptr, int(input.paths.size())).arg(run.id));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([input, run, cancel = m_cancel] {
        Outcome outcome;
        outcome.run = run;
        // Nothing may escape: the watcher would rethrow it in the UI thread.
        try {
            outcome.ok = runEvaluation(input, run, QStringLiteral("auto"), &outcome.result, &outcome.error,
                                       cancel.get());
            // The run's model for Grad-CAM, loaded here rather than on the UI thread.
            QString error;
            if (outcome.ok)
                outcome.model = std::shared_ptr<Nn::ClassifierModel>(RunStore::loadModel(run, QStringLiteral("cpu"), &error));
        } catch (...) {
            outcome.ok = false;
            outcome.error = describeCurrentException();
        }
        return outcome;
    }));
    updateActions();
}

void EvaluateWorkspace::onEvaluated()
{
    const Outcome outcome = m_watcher.result();
    updateActions();
    if (!outcome.ok) {
        m_summary->setText(tr("Evaluation failed: %1").arg(outcome.error.toHtmlEscaped()));
        Q_EMIT evaluationFinished(false);
        return;
    }
    m_evaluatedRun = outcome.run;
    m_result = outcome.result;
    m_model = outcome.model;
    if (m_model)
        m_gradCam->setModel(m_model, m_result.classNames, m_evaluatedRun.imageSize());
    showResult();
    updateActions();
    Q_EMIT statusMessage(tr("Run %1 on the %2 split: %3 % accuracy")
                             .arg(m_result.runId, splitLongText(m_result.split))
                             .arg(m_result.matrix.accuracy() * 100.0, 0, 'f', 1));
    Q_EMIT evaluationFinished(true);
}

void EvaluateWorkspace::showCalibration()
{
    const EvaluationResult &r = m_result;
    const QJsonObject json = m_evaluatedRun.json.value(QStringLiteral("calibration")).toObject();
    const CalibrationResult calibration = CalibrationResult::fromJson(json);
    QVector<int> labels;
    for (const ValPrediction &p : r.predictions)
        labels.append(p.trueClass);
    ReliabilityData data = ReliabilityData::fromProbabilities(r.probabilities, r.classNames.size(), labels,
                                                              calibration.temperature);
    if (json.isEmpty())
        data.note = tr("This run has no calibration (trained by an earlier version).");
    else if (!calibration.fitted)
        data.note = tr("No temperature fitted: %1.").arg(calibration.note);
    else
        data.note = tr("T fitted on %n validation image(s).", nullptr, calibration.images);
    m_reliability->setData(data);
}

void EvaluateWorkspace::showResult()
{
    const EvaluationResult &r = m_result;
    m_perClass->setSortingEnabled(false);
    m_perClass->setRowCount(0);
    m_pairs->clear();
    m_mistakes->clear();
    m_gradCam->clear();
    if (!hasResult()) {
        m_summary->setText(m_run->count() > 0 ? tr("Choose a run and a split, then press Evaluate (F5).")
                                              : tr("No finished run yet: train a model first."));
        m_matrix->setClassNames({});
        m_reliability->setData({});
        updateActions();
        return;
    }
    const ProportionInterval ci = wilsonInterval(r.matrix.accuracy() * r.matrix.total(), r.matrix.total());
    QString summary = tr("Run <b>%1</b> on the <b>%2</b> split: %n image(s), accuracy <b>%3 %</b> "
                         "(95 % CI %4–%5 %), macro-F1 <b>%6</b>",
                         nullptr, r.matrix.total())
                          .arg(r.runId, splitLongText(r.split))
                          .arg(r.matrix.accuracy() * 100.0, 0, 'f', 1)
                          .arg(ci.low * 100.0, 0, 'f', 1)
                          .arg(ci.high * 100.0, 0, 'f', 1)
                          .arg(r.matrix.macroF1(), 0, 'f', 3);
    for (int k : reportedTopK(r.classNames.size()))
        summary += tr(", top-%1 <b>%2 %</b>").arg(k).arg(r.topKAccuracy(k) * 100.0, 0, 'f', 1);
    if (r.skipped > 0)
        summary += tr(" (%n image(s) skipped)", nullptr, r.skipped);
    m_summary->setText(summary);
    showCalibration();

    m_perClass->setRowCount(r.classNames.size());
    for (int c = 0; c < r.classNames.size(); ++c) {
        m_perClass->setItem(c, 0, new QTableWidgetItem(r.classNames.at(c)));
        m_perClass->setItem(c, 1, new NumberItem(r.matrix.precision(c), 3));
        m_perClass->setItem(c, 2, new NumberItem(r.matrix.recall(c), 3));
        m_perClass->setItem(c, 3, new NumberItem(r.matrix.f1(c), 3));
        m_perClass->setItem(c, 4, new NumberItem(r.matrix.support(c), 0));
    }
    m_perClass->setSortingEnabled(true);

    for (const ConfusedPair &pair : mostConfusedPairs(r.matrix, 20)) {
        auto *item = new QTreeWidgetItem(m_pairs, {r.classNames.value(pair.trueClass), r.classNames.value(pair.predicted),
                                                   QString::number(pair.count),
                                                   QStringLiteral("%1 %").arg(pair.share * 100.0, 0, 'f', 0)});
        item->setData(0, Qt::UserRole, pair.trueClass);
        item->setData(1, Qt::UserRole, pair.predicted);
        item->setTextAlignment(2, Qt::AlignRight);
        item->setTextAlignment(3, Qt::AlignRight);
    }
    if (m_pairs->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_pairs, {tr("No image was confused.")});
    for (int c = 0; c < 4; ++c)
        m_pairs->resizeColumnToContents(c);

    m_matrix->setClassNames(r.classNames);
    m_matrix->setMatrix(r.matrix.counts(), tr("run %1, %2 split").arg(r.runId, splitLongText(r.split)));

    QVector<ValPrediction> wrong = misclassifiedMostConfidentFirst(r.predictions);
    QString caption = tr("%n mistake(s). Press 1–9 to give the selected images a class, 0 to unlabel "
                         "them (Edit › Undo reverts); Enter opens an image in the Dataset view.",
                         nullptr, int(wrong.size()));
    // The most confident few hundred are where label errors are; more would only slow the view.
    constexpr int MaxShown = 300;
    if (wrong.size() > MaxShown) {
        caption += QLatin1Char(' ') + tr("The %1 most confident are shown.").arg(MaxShown);
        wrong.resize(MaxShown);
    }
    m_mistakes->setItems(r.classNames, wrong, caption);
    updateActions();
}

void EvaluateWorkspace::showGradCamForCurrent()
{
    const ValPrediction *p = m_mistakes->currentPrediction();
    if (!p || !m_model || p->row < 0 || p->row >= m_project->images().size())
        return;
    m_gradCam->setImage(m_project->absolutePath(m_project->images().at(p->row).path), p->trueClass);
}

ConfusionGallery *EvaluateWorkspace::openGallery(int trueClass, int predictedClass)
{
    if (!hasResult() || trueClass < 0 || predictedClass < 0)
        return nullptr;
    auto *gallery = new ConfusionGallery(m_project, m_result.classNames, m_result.predictions, trueClass,
                                         predictedClass, this);
    gallery->setAttribute(Qt::WA_DeleteOnClose);
    connect(gallery, &ConfusionGallery::openImageRequested, this, &EvaluateWorkspace::openImageRequested);
    gallery->show();
    return gallery;
}

bool EvaluateWorkspace::exportReport(const QString &path)
{
    if (!hasResult())
        return false;
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                              QDir(m_project->directory()).filePath(QStringLiteral("report-%1.html").arg(m_result.runId)),
                                              tr("HTML file (*.html);;PDF document (*.pdf)"));
        if (target.isEmpty())
            return false;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writeTrainingReport(*m_project, m_evaluatedRun, m_result, target, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        if (path.isEmpty())
            QMessageBox::warning(this, tr("Export Report"), tr("The report could not be written:\n%1").arg(error));
        Q_EMIT statusMessage(tr("Report not written: %1").arg(error));
        return false;
    }
    Q_EMIT statusMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(target)));
    return true;
}

} // namespace Hone
