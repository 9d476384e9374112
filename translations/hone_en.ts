<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Restored the last good version: %n image(s).</source>
        <translation>
            <numerusform>Restored the last good version: %n image.</numerusform>
            <numerusform>Restored the last good version: %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::ClassPanel</name>
    <message numerus="yes">
        <source>Delete the class %1? Its %n image(s) stay in the project, unlabeled. (To give them another class, use Merge Into instead.) Edit › Undo brings everything back.</source>
        <translation>
            <numerusform>Delete the class %1? Its %n image stays in the project, unlabeled. (To give it another class, use Merge Into instead.) Edit › Undo brings everything back.</numerusform>
            <numerusform>Delete the class %1? Its %n images stay in the project, unlabeled. (To give them another class, use Merge Into instead.) Edit › Undo brings everything back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionGallery</name>
    <message numerus="yes">
        <source>%n image(s) of class %1 predicted as %2, most confident first. Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); double-click to open an image in the Dataset view.</source>
        <translation>
            <numerusform>%n image of class %1 predicted as %2. Press 1–9 to give it a class, 0 to unlabel it (Edit › Undo reverts); double-click to open it in the Dataset view.</numerusform>
            <numerusform>%n images of class %1 predicted as %2, most confident first. Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); double-click to open an image in the Dataset view.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionMatrixWidget</name>
    <message numerus="yes">
        <source>%1 predicted as %2: %n image(s), %3 % of the class. Click to see them.</source>
        <translation>
            <numerusform>%1 predicted as %2: %n image, %3 % of the class. Click to see it.</numerusform>
            <numerusform>%1 predicted as %2: %n images, %3 % of the class. Click to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::CrossValidation</name>
    <message numerus="yes">
        <source>%n class(es) with a single image not scored: no model can learn a class from the image it judges</source>
        <translation>
            <numerusform>%n class with a single image not scored: no model can learn a class from the image it judges</numerusform>
            <numerusform>%n classes with a single image not scored: no model can learn a class from the image it judges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DataDoctor</name>
    <message numerus="yes">
        <source>%n finding(s) checked earlier and not shown</source>
        <translation>
            <numerusform>%n finding checked earlier and not shown</numerusform>
            <numerusform>%n findings checked earlier and not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DatasetWorkspace</name>
    <message numerus="yes">
        <source>Exported %n image(s) to %1</source>
        <translation>
            <numerusform>Exported %n image to %1</numerusform>
            <numerusform>Exported %n images to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n image(s)</source>
        <translation>
            <numerusform>Imported %n image</numerusform>
            <numerusform>Imported %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n duplicate skipped</numerusform>
            <numerusform>, %n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggested label(s) (undo reverts them all)</source>
        <translation>
            <numerusform>Accepted %n suggested label (undo reverts it)</numerusform>
            <numerusform>Accepted %n suggested labels (undo reverts them all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DoctorFindingsModel</name>
    <message numerus="yes">
        <source>Exact duplicates (%n image(s))</source>
        <translation>
            <numerusform>Exact duplicates (%n image)</numerusform>
            <numerusform>Exact duplicates (%n images)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near duplicates (%n image(s))</source>
        <translation>
            <numerusform>Near duplicates (%n image)</numerusform>
            <numerusform>Near duplicates (%n images)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DoctorWorkspace</name>
    <message numerus="yes">
        <source>Scanning %n image(s) with %1…</source>
        <translation>
            <numerusform>Scanning %n image with %1…</numerusform>
            <numerusform>Scanning %n images with %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n image(s) with %1 in %2 s, %3 folds.</source>
        <translation>
            <numerusform>Scanned %n image with %1 in %2 s, %3 folds.</numerusform>
            <numerusform>Scanned %n images with %1 in %2 s, %3 folds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) checked earlier are left out.</source>
        <translation>
            <numerusform>%n finding checked earlier is left out.</numerusform>
            <numerusform>%n findings checked earlier are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::EvaluateWorkspace</name>
    <message numerus="yes">
        <source>Evaluating run %1 on %n image(s)…</source>
        <translation>
            <numerusform>Evaluating run %1 on %n image…</numerusform>
            <numerusform>Evaluating run %1 on %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>T fitted on %n validation image(s).</source>
        <translation>
            <numerusform>T fitted on %n validation image.</numerusform>
            <numerusform>T fitted on %n validation images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run &lt;b&gt;%1&lt;/b&gt; on the &lt;b&gt;%2&lt;/b&gt; split: %n image(s), accuracy &lt;b&gt;%3 %&lt;/b&gt; (95 % CI %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>
            <numerusform>Run &lt;b&gt;%1&lt;/b&gt; on the &lt;b&gt;%2&lt;/b&gt; split: %n image, accuracy &lt;b&gt;%3 %&lt;/b&gt; (95 % CI %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</numerusform>
            <numerusform>Run &lt;b&gt;%1&lt;/b&gt; on the &lt;b&gt;%2&lt;/b&gt; split: %n images, accuracy &lt;b&gt;%3 %&lt;/b&gt; (95 % CI %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n image(s) skipped)</source>
        <translation>
            <numerusform> (%n image skipped)</numerusform>
            <numerusform> (%n images skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s). Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); Enter opens an image in the Dataset view.</source>
        <translation>
            <numerusform>%n mistake. Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); Enter opens an image in the Dataset view.</numerusform>
            <numerusform>%n mistakes. Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); Enter opens an image in the Dataset view.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::LabelAssistant</name>
    <message numerus="yes">
        <source>Suggestions: reading %n image(s)…</source>
        <translation>
            <numerusform>Suggestions: reading %n image…</numerusform>
            <numerusform>Suggestions: reading %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggestions from %n label(s) on the features of %1 (queue: %2; refreshed in %3 s)</source>
        <translation>
            <numerusform>Suggestions from %n label on the features of %1 (queue: %2; refreshed in %3 s)</numerusform>
            <numerusform>Suggestions from %n labels on the features of %1 (queue: %2; refreshed in %3 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1: %n image(s)</source>
        <translation>
            <numerusform>Opened %1: %n image</numerusform>
            <numerusform>Opened %1: %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::MapWorkspace</name>
    <message numerus="yes">
        <source>%n image(s) selected on the map: 1–9 label them</source>
        <translation>
            <numerusform>%n image selected on the map: 1–9 label it</numerusform>
            <numerusform>%n images selected on the map: 1–9 label them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placing %n image(s)…</source>
        <translation>
            <numerusform>Placing %n image…</numerusform>
            <numerusform>Placing %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from %1 embeddings in %2 s: %3</source>
        <translation>
            <numerusform>%n image from %1 embeddings in %2 s: %3</numerusform>
            <numerusform>%n images from %1 embeddings in %2 s: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the labels of %n image(s)</source>
        <translation>
            <numerusform>Cleared the labels of %n image</numerusform>
            <numerusform>Cleared the labels of %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labeled %n image(s) as %1</source>
        <translation>
            <numerusform>Labeled %n image as %1</numerusform>
            <numerusform>Labeled %n images as %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::UseWorkspace</name>
    <message numerus="yes">
        <source>%n image(s) added since the last run</source>
        <translation>
            <numerusform>%n image added since the last run</numerusform>
            <numerusform>%n images added since the last run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n class(es) · %2 px</source>
        <translation>
            <numerusform>%1 · %n class · %2 px</numerusform>
            <numerusform>%1 · %n classes · %2 px</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelExporter</name>
    <message numerus="yes">
        <source> (%n image(s) with two all but tied classes changed places)</source>
        <translation>
            <numerusform> (%n image with two all but tied classes changed places)</numerusform>
            <numerusform> (%n images with two all but tied classes changed places)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message numerus="yes">
        <source>training needs labeled training images in at least two classes (this project has %n class(es) with training images)</source>
        <translation>
            <numerusform>training needs labeled training images in at least two classes (this project has %n class with training images)</numerusform>
            <numerusform>training needs labeled training images in at least two classes (this project has %n classes with training images)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingReport</name>
    <message numerus="yes">
        <source>the %1 split, %n image(s)</source>
        <translation>
            <numerusform>the %1 split, %n image</numerusform>
            <numerusform>the %1 split, %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <source>Accept %n suggested label(s)</source>
        <translation>
            <numerusform>Accept %n suggested label</numerusform>
            <numerusform>Accept %n suggested labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>Import %n image</numerusform>
            <numerusform>Import %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n image(s) as %1</source>
        <translation>
            <numerusform>Label %n image as %1</numerusform>
            <numerusform>Label %n images as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the label of %n image(s)</source>
        <translation>
            <numerusform>Clear the label of %n image</numerusform>
            <numerusform>Clear the label of %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n image(s) as checked</source>
        <translation>
            <numerusform>Mark %n image as checked</numerusform>
            <numerusform>Mark %n images as checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n image(s)</source>
        <translation>
            <numerusform>Unmark %n image</numerusform>
            <numerusform>Unmark %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>Remove %n image</numerusform>
            <numerusform>Remove %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n image(s)</source>
        <translation>
            <numerusform>Split %n image</numerusform>
            <numerusform>Split %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message numerus="yes">
        <source>CUDA: available (%n device(s))</source>
        <translation>
            <numerusform>CUDA: available (%n device)</numerusform>
            <numerusform>CUDA: available (%n devices)</numerusform>
        </translation>
    </message>
</context>
</TS>
