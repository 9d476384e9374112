// The Train workspace's model export: a save dialog whose file name picks the format, the export
// and its verification on a worker thread, the result in the log (TrainWorkspace's member, kept
// apart from the training code).

#include "trainworkspace.h"

#include "export/modelcard.h"
#include "export/modelexporter.h"
#include "export/onnxexporter.h"
#include "export/torchscriptexporter.h"
#include "project/project.h"
#include "training/runstore.h"
#include "util/failure.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

namespace Hone {

void TrainWorkspace::exportModel(const QString &requestedPath, bool embedPreprocessing, bool softmax)
{
    if (m_exporting || isTraining())
        return;
    RunRecord run;
    QString error;
    if (!RunStore::find(m_project->runsDirectory(), QString(), &run, &error)) {
        QMessageBox::information(this, tr("Export Model"), error);
        return;
    }
    QString path = requestedPath;
    if (path.isEmpty()) {
        const TorchScriptExporter torchScript;
        const OnnxExporter onnx;
        // Qt's own dialog, so that the export options sit under the file name.
        QFileDialog dialog(this, tr("Export Model"), m_project->absolutePath(QStringLiteral("model.pt")));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setNameFilters({torchScript.nameFilter(), onnx.nameFilter()});
        auto *embed = new QCheckBox(tr("Normalise inside the model: it takes RGB pixel values 0–255"), &dialog);
        embed->setToolTip(tr("The graph does the mean/std normalisation itself, so a consumer only resizes and "
                             "feeds the pixels as float32 (N×3×S×S). The metadata and the model card say so."));
        auto *probabilities = new QCheckBox(tr("Softmax inside the model: it outputs probabilities"), &dialog);
        if (auto *grid = qobject_cast<QGridLayout *>(dialog.layout())) {
            const int row = grid->rowCount();
            grid->addWidget(embed, row, 0, 1, grid->columnCount());
            grid->addWidget(probabilities, row + 1, 0, 1, grid->columnCount());
        }
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return;
        path = dialog.selectedFiles().constFirst();
        if (QFileInfo(path).suffix().isEmpty())
            path += dialog.selectedNameFilter() == onnx.nameFilter() ? onnx.suffix() : torchScript.suffix();
        embedPreprocessing = embed->isChecked();
        softmax = probabilities->isChecked();
    }
    // The file name says the format: .onnx for ONNX, anything else TorchScript.
    const QString format = path.endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive)
        ? QStringLiteral("onnx")
        : QStringLiteral("torchscript");
    std::shared_ptr<ModelExporter> exporter = ModelExporter::create(format);
    m_exporting = true;
    updateActions();
    log(tr("Exporting run %1 to %2…").arg(run.id, path));
    struct Outcome
    {
        bool ok = false;
        ExportReport report;
        QString error;
    };
    const QStringList images = verificationImages(*m_project);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, path, requestedPath] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_exporting = false;
        updateActions();
        const QString summary = outcome.ok ? outcome.report.summary() : outcome.error;
        log(outcome.ok ? tr("Exported %1: %2").arg(path, summary) : tr("Export failed: %1").arg(summary));
        if (requestedPath.isEmpty()) {
            if (outcome.ok)
                QMessageBox::information(this, tr("Export Model"),
                                         tr("Wrote %1 and its model card %2\n\n%3")
                                             .arg(path, QFileInfo(modelCardPath(path)).fileName(), summary));
            else
                QMessageBox::warning(this, tr("Export Model"), summary);
        }
        Q_EMIT exportFinished(outcome.ok, summary);
    });
    watcher->setFuture(QtConcurrent::run([exporter, images, run, path, embedPreprocessing, softmax]() {
        Outcome outcome;
        ExportRequest request;
        request.verificationImages = images;
        request.run = &run;
        request.outputPath = path;
        request.embedPreprocessing = embedPreprocessing;
        request.softmax = softmax;
        // Nothing may throw out of here: result() would rethrow it in the UI thread.
        try {
            outcome.ok = exporter->write(request, &outcome.report);
            outcome.error = exporter->errorString();
        } catch (...) {
            outcome.ok = false;
            outcome.error = describeCurrentException();
        }
        return outcome;
    }));
}

} // namespace Hone
