#include "mapworkspace.h"

#include "embeddingmapview.h"

#include "doctor/doctorfindingsmodel.h"
#include "label/labelassistant.h"

#include "imaging/thumbnails.h"
#include "project/assignlabelcommand.h"
#include "project/project.h"
#include "util/failure.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Hone {

namespace {

const QColor Unlabelled(160, 160, 160);

QColor splitColor(Split split)
{
    switch (split) {
    case Split::Train:
        return QColor(0x3b, 0x75, 0xaf);
    case Split::Val:
        return QColor(0xef, 0x8a, 0x3c);
    case Split::Test:
        return QColor(0x51, 0x9e, 0x3e);
    default:
        return Unlabelled;
    }
}

QColor findingColor(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Label:
        return QColor(0xd6, 0x27, 0x28);
    case FindingKind::Duplicate:
    case FindingKind::Leakage:
        return QColor(0xff, 0x7f, 0x0e);
    case FindingKind::Outlier:
        return QColor(0x94, 0x67, 0xbd);
    case FindingKind::Quality:
        return QColor(0x8c, 0x56, 0x4b);
    default:
        return QColor(0x17, 0xbe, 0xcf);
    }
}

QString dot(const QColor &color, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2&nbsp;&nbsp; ")
        .arg(color.name(), text.toHtmlEscaped());
}

} // namespace

MapWorkspace::MapWorkspace(Project *project, LabelAssistant *assistant, DoctorFindingsModel *findings, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_assistant(assistant)
    , m_findings(findings)
    , m_view(new EmbeddingMapView(this))
    , m_colorBy(new QComboBox(this))
    , m_compute(new QPushButton(tr("&Compute Map"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("mapWorkspace"));
    m_pool.setMaxThreadCount(1);   // a long layout never holds a thread of the global pool
    m_colorBy->setObjectName(QStringLiteral("mapColorBy"));
    m_colorBy->addItem(tr("Colour by label"), int(ColorBy::Label));
    m_colorBy->addItem(tr("Colour by suggestion"), int(ColorBy::Suggestion));
    m_colorBy->addItem(tr("Colour by split"), int(ColorBy::Split));
    m_colorBy->addItem(tr("Colour by doctor's findings"), int(ColorBy::Findings));
    m_compute->setObjectName(QStringLiteral("computeMap"));
    m_compute->setToolTip(tr("Place every image on the map again from its embedding"));
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("mapSummary"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_compute);
    bar->addWidget(m_colorBy);
    bar->addWidget(m_progress);
    bar->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    auto *hint = new QLabel(tr("Drag to draw a lasso (Shift adds, Ctrl removes) · 1–9 label the selection, 0 clears · "
                               "click opens an image · wheel zooms, right-drag pans, double-click shows all"),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);   // one line in English, two in German
    layout->addWidget(hint);

    connect(m_compute, &QPushButton::clicked, this, &MapWorkspace::computeMap);
    connect(m_colorBy, &QComboBox::currentIndexChanged, this, [this] {
        updateColors();
        updateLegend();
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &MapWorkspace::onFinished);
    connect(m_view, &EmbeddingMapView::pointActivated, this, [this](int id) {
        const int row = m_project->imageIndex(m_pointPaths.value(id));
        if (row >= 0)
            Q_EMIT openImageRequested(row);
    });
    connect(m_view, &EmbeddingMapView::pointHovered, this, [this](int id, const QPoint &global) {
        showThumbnail(id < 0 ? -1 : m_project->imageIndex(m_pointPaths.value(id)), global);
    });
    connect(m_view, &EmbeddingMapView::labelRequested, this, &MapWorkspace::labelSelection);
    connect(m_view, &EmbeddingMapView::selectionChanged, this, [this](int count) {
        if (count > 0)
            Q_EMIT statusMessage(tr("%n image(s) selected on the map: 1–9 label them", nullptr, count));
    });
    connect(assistant, &LabelAssistant::embeddingsChanged, this, [this] {
        if (isVisible())
            computeMap();
    });
    connect(assistant, &LabelAssistant::statusChanged, this, [this] {
        if (!m_mapped && !isComputing() && isVisible())
            computeMap();   // shows why there is no map yet, or starts it
    });
    connect(assistant, &LabelAssistant::suggestionsChanged, this, &MapWorkspace::updateColors);
    connect(project, &Project::labelsChanged, this, &MapWorkspace::updateColors);
    connect(project, &Project::splitsChanged, this, &MapWorkspace::updateColors);
    connect(project, &Project::classesChanged, this, [this] {
        updateColors();
        updateLegend();
    });
    connect(project, &Project::reset, this, [this] {
        if (m_stop)
            m_stop->store(true);
        ++m_generation;
        m_mapped.reset();
        m_pointPaths.clear();
        m_view->setPoints({}, {});
        m_summary->clear();
        updateLegend();
    });
    if (findings)
        connect(findings, &DoctorFindingsModel::countsChanged, this, &MapWorkspace::updateColors);
    updateLegend();
}

MapWorkspace::~MapWorkspace()
{
    if (m_stop)
        m_stop->store(true);
    m_watcher.waitForFinished();   // the layout checks the flag every epoch
}

void MapWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_colorsStale)
        updateColors();
    if (!isComputing() && (!m_mapped || m_mapped != m_assistant->embeddings()))
        computeMap();
}

void MapWorkspace::computeMap()
{
    const std::shared_ptr<const ProjectEmbeddings> e = m_assistant->embeddings();
    if (!e) {
        m_summary->setText(!m_assistant->isEnabled()
                               ? tr("The map is made from the images' embeddings: switch on Dataset ▸ Show Suggested "
                                    "Labels to compute them.")
                               : m_assistant->statusText().isEmpty() ? tr("Waiting for the images' embeddings…")
                                                                     : m_assistant->statusText());
        return;
    }
    if (isComputing()) {
        if (m_computing != e)
            m_stop->store(true);   // newer embeddings: onFinished() starts again
        return;
    }
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_computing = e;
    const int generation = m_generation;
    m_runGeneration = generation;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_compute->setEnabled(false);
    m_summary->setText(tr("Placing %n image(s)…", nullptr, int(e->paths.size())));
    QPointer<MapWorkspace> self(this);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [e, stop = m_stop, self, generation] {
        Outcome outcome;
        int shown = -1;
        outcome.ok = catchAll([&] {
            return computeEmbeddingMap(e->features, e->dims, e->readable, MapOptions(), &outcome.map, *stop,
                                       [&](int done, int total) {
                                           if (done * 50 / total == shown)
                                               return;
                                           shown = done * 50 / total;
                                           QMetaObject::invokeMethod(qApp, [self, generation, done, total] {
                                               if (self && self->m_generation == generation) {
                                                   self->m_progress->setRange(0, total);
                                                   self->m_progress->setValue(done);
                                               }
                                           });
                                       });
        }, &outcome.error);
        return outcome;
    }));
}

void MapWorkspace::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_progress->setVisible(false);
    m_compute->setEnabled(true);
    const std::shared_ptr<const ProjectEmbeddings> e = m_computing;
    m_computing.reset();
    if (m_runGeneration != m_generation)
        return;   // made for a project that has been replaced since
    if (!outcome.ok || !e) {
        if (!outcome.error.isEmpty())
            m_summary->setText(tr("The map could not be computed: %1").arg(outcome.error));
        else if (m_assistant->embeddings() && m_assistant->embeddings() != e)
            computeMap();   // stopped for newer embeddings
        return;
    }
    QVector<QPointF> positions;
    QVector<int> ids;
    m_pointPaths.clear();
    for (int i = 0; i < outcome.map.points.size(); ++i) {
        const MapPoint &p = outcome.map.points[i];
        if (!p.placed)
            continue;
        ids.append(m_pointPaths.size());
        m_pointPaths.append(e->paths[i]);
        positions.append(QPointF(p.x, p.y));
    }
    m_mapped = e;
    m_view->setPoints(positions, ids);
    updateColors();
    updateLegend();
    m_summary->setText(tr("%n image(s) from %1 embeddings in %2 s: %3", nullptr, int(positions.size()))
                           .arg(e->backbone)
                           .arg(outcome.map.seconds, 0, 'f', 1)
                           .arg(outcome.map.method));
    Q_EMIT mapReady();
    // Embeddings that changed while this map was made.
    if (m_assistant->embeddings() && m_assistant->embeddings() != e && isVisible())
        computeMap();
}

void MapWorkspace::updateColors()
{
    if (m_pointPaths.isEmpty())
        return;
    if (!isVisible()) {
        m_colorsStale = true;   // recoloured when shown
        return;
    }
    m_colorsStale = false;
    const ColorBy by = ColorBy(m_colorBy->currentData().toInt());
    QHash<QString, FindingKind> finding;
    if (by == ColorBy::Findings && m_findings) {
        for (const DoctorFinding &f : m_findings->findings()) {
            if (f.kind == FindingKind::SmallClass)
                continue;
            for (const QString &path : f.paths) {
                if (!finding.contains(path))
                    finding.insert(path, f.kind);
            }
        }
    }
    QVector<QColor> colors(m_pointPaths.size(), Unlabelled);
    QSet<int> marked;
    for (int i = 0; i < m_pointPaths.size(); ++i) {
        const int row = m_project->imageIndex(m_pointPaths[i]);
        if (row < 0)
            continue;
        const ImageEntry &image = m_project->images().at(row);
        const ClassInfo *info = m_project->classById(image.label);
        switch (by) {
        case ColorBy::Label:
            colors[i] = info ? QColor::fromString(info->color) : Unlabelled;
            break;
        case ColorBy::Suggestion:
            if (info) {
                colors[i] = QColor::fromString(info->color);
            } else if (const ClassInfo *s = m_project->classById(m_assistant->suggestion(image.path).classId)) {
                colors[i] = QColor::fromString(s->color).lighter(135);
                colors[i].setAlpha(150);
            }
            break;
        case ColorBy::Split:
            colors[i] = splitColor(image.split);
            break;
        case ColorBy::Findings:
            if (finding.contains(image.path)) {
                colors[i] = findingColor(finding.value(image.path));
                marked.insert(i);
            } else {
                colors[i] = info ? QColor::fromString(info->color).lighter(160) : Unlabelled;
                colors[i].setAlpha(110);
            }
            break;
        }
    }
    m_view->setColors(colors);
    m_view->setMarked(marked);
}

void MapWorkspace::updateLegend()
{
    QString html;
    switch (ColorBy(m_colorBy->currentData().toInt())) {
    case ColorBy::Label:
    case ColorBy::Suggestion:
        for (const ClassInfo &c : m_project->classes())
            html += dot(QColor::fromString(c.color), c.name);
        html += dot(Unlabelled, tr("unlabeled"));
        if (ColorBy(m_colorBy->currentData().toInt()) == ColorBy::Suggestion)
            html += tr("(pale: suggested, not labeled)");
        break;
    case ColorBy::Split:
        html = dot(splitColor(Split::Train), tr("training")) + dot(splitColor(Split::Val), tr("validation"))
               + dot(splitColor(Split::Test), tr("test")) + dot(Unlabelled, tr("no split"));
        break;
    case ColorBy::Findings:
        html = dot(findingColor(FindingKind::Label), tr("label issue")) + dot(findingColor(FindingKind::Duplicate), tr("duplicate"))
               + dot(findingColor(FindingKind::Outlier), tr("outlier")) + dot(findingColor(FindingKind::Quality), tr("image problem"));
        if (!m_findings || m_findings->findings().isEmpty())
            html += tr("(no scan yet: run the Doctor)");
        break;
    }
    m_legend->setText(html);
}

QVector<int> MapWorkspace::selectedRows() const
{
    QVector<int> rows;
    for (int id : m_view->selection()) {
        const int row = m_project->imageIndex(m_pointPaths.value(id));
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MapWorkspace::labelSelection(int key)
{
    QVector<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    int classId = -1;
    if (key > 0) {
        if (key - 1 >= m_project->classes().size()) {
            Q_EMIT statusMessage(tr("No class %1").arg(key));
            return;
        }
        classId = m_project->classes().at(key - 1).id;
    }
    m_project->undoStack()->push(new AssignLabelCommand(m_project, rows, classId));
    Q_EMIT statusMessage(classId < 0 ? tr("Cleared the labels of %n image(s)", nullptr, int(rows.size()))
                                     : tr("Labeled %n image(s) as %1", nullptr, int(rows.size()))
                                           .arg(m_project->classById(classId)->name));
}

void MapWorkspace::showThumbnail(int row, const QPoint &globalPosition)
{
    if (row < 0 || row >= m_project->images().size()) {
        QToolTip::hideText();
        return;
    }
    const ImageEntry &image = m_project->images().at(row);
    const ClassInfo *info = m_project->classById(image.label);
    const LabelAssistant::Entry s = m_assistant->suggestion(image.path);
    const ClassInfo *suggested = info ? nullptr : m_project->classById(s.classId);
    const QString caption = QStringLiteral("%1<br>%2")
                                .arg(QFileInfo(image.path).fileName().toHtmlEscaped(),
                                     info ? info->name.toHtmlEscaped()
                                     : suggested ? tr("unlabeled (suggested: %1, %2 %)").arg(suggested->name.toHtmlEscaped()).arg(qRound(100 * s.confidence))
                                                 : tr("unlabeled"));
    const QString thumb = thumbnailPath(m_project->cacheDirectory(), image.hash);
    if (!image.hash.isEmpty() && QFileInfo::exists(thumb)) {
        QToolTip::showText(globalPosition, QStringLiteral("<img src=\"%1\" width=\"128\"><br>%2").arg(thumb.toHtmlEscaped(), caption), m_view);
        return;
    }
    QToolTip::showText(globalPosition, caption, m_view);
    if (image.hash.isEmpty())
        return;
    // Made off the UI thread; shown if the pointer is still on the point.
    const QString source = m_project->absolutePath(image.path);
    QPointer<MapWorkspace> self(this);
    QtConcurrent::run([source, thumb] {
        QString error;
        bool ok = false;
        catchAll([&] {
            ok = ensureThumbnail(source, thumb, &error);
            return true;
        }, &error);
        return ok;
    }).then(this, [self, row, globalPosition](bool ok) {
        if (ok && self && self->m_view->idAt(self->m_view->mapFromGlobal(globalPosition)) >= 0)
            self->showThumbnail(row, globalPosition);
    });
}

} // namespace Hone
