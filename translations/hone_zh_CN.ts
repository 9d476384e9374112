<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AtomicFile</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;hone-cli recover %1&apos; to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored the last good version: %n image(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file holds a NUL byte at offset %1: it is not a text file in UTF-8, Latin-1 or UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a NUL character: it is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone</name>
    <message>
        <source>%1 validation images are too few to fit a temperature (at least %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every validation image is predicted right, so no temperature can be fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no validation image is predicted right, so no temperature can be fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no labelled images: label issues need labels to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class has two labelled images: label issues need at least two per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 folds instead of %2: the smallest class has %3 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n class(es) with a single image not scored: no model can learn a class from the image it judges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no labelled images: the model cannot learn this class; label some or remove the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× fewer images than the median class (%2): training sees it rarely, so the model leans towards the larger classes and its accuracy on this one is the least certain. Label more of it, or train with class weights (balanced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1 images (%2 labelled) with %3 in %4 s; %5 folds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label issues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: labelled %2, looks like %3 (score %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate groups: %1 (%2 across splits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, across splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small class %1 (%2 images): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finding(s) checked earlier and not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backbone returned embeddings of an unexpected size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1; install the dataset-fashion-mnist package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Fashion-MNIST files are not in IDX format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Fashion-MNIST files are truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST has no class %1 (0 to 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 split has no labeled image of the run&apos;s classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 is not one of the model&apos;s %2 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained from a random initialisation: no third-party weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from Hone&apos;s bundled %1 weights (%2), pretrained by `hone-cli pretrain` on %3. Fashion-MNIST is published under the MIT licence; the weights ship with Hone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from torchvision&apos;s %1 weights (%2, %3 top-1 on %4), downloaded from %5. torchvision&apos;s code and weights are published under the BSD-3-Clause licence; the weights were trained on %4, whose terms of access (non-commercial research and education) may bind how a derived model can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from the zoo weights %1, which this version of Hone does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from the weight file %1. Its licence is whatever its source says: check it before sharing this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by Hone %1 from run %2 of %3, a %4 classifier of %5 classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input and preprocessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: float32, NCHW, shape [N, 3, %1, %1], RGB channel order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing (the caller&apos;s job): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel values: 0–255 as they are. The graph normalises them itself: (x / 255 − mean) / std with mean %1 and std %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel values: scale to 0–1 (divide by 255), then (x − mean) / std with mean %1 and std %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: probabilities (softmax in the graph), [N, %1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: logits, [N, %1]; apply a softmax for probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 validation images (95 % confidence interval %3 – %4, Wilson), the weights of epoch %5 of %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 validation images, differences under about ±%2 points are noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has no validation result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration and &quot;unknown&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not calibrated (it was trained by an earlier version of Hone): confidences are the softmax as it is, and no threshold is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature %1 (calibrated probabilities are softmax(logits / %1)), fitted on %2 validation images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fitted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected calibration error (10 bins): %1 before, %2 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; when the calibrated confidence is below %1, or when the image&apos;s pooled features (the &quot;embedding&quot; output) are farther than %2 from every class centre (1 − cosine similarity; the centres are in the metadata&apos;s calibration.novelty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; when the calibrated confidence is below %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On validation this keeps %1 of the correct predictions (target %2) and flags %3 of the wrong ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both checks only know the classes above. Things the model never saw but that look like one of its classes still pass; when such images are common where the model is used, add a &quot;background&quot; class with examples of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 training and %2 validation images; dataset hash %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe %1, freeze depth %2, %3 epochs at learning rate %4, image size %5, seed %6, on %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1, ended %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not verified (--no-verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the ONNX graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot serialise the ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content is not a JPEG, PNG, BMP, TIFF or WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a %1 file, not a JPEG, PNG, BMP, TIFF or WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 header is damaged: it gives no valid image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels is more than the limit of %3 megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG data is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>animated WebP: only still images are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit float TIFF is not supported (32- and 64-bit are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 data cannot be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 data is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be resized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the thumbnail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB is far larger than any label file; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no image path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed in %1 but does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed in %1 but is not an image file type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed in %1 with the split &apos;%2&apos; (expected train, val, test or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy into the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the copy into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range test needs 0 &lt; minimum rate &lt; maximum rate and at least 5 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range test needs at least two decodable training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss diverged at once: lower the minimum rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated on %1 validation images: temperature %2, expected calibration error %3 % → %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not calibrated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; unknown below %1 % confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or farther than %1 from every class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (keeps %1 % of right validation answers, flags %2 % of wrong ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown error in a background task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image processing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled weights %1 are missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled weights %1 do not match their recorded SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hone ships no pretrained %1; use --weights imagenet, a weight file, or --backbone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are not weights of %2 (hone-cli backbones lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a weight file nor weights of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no weights %1 in this version of Hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not downloaded yet: hone-cli backbones --download %3 %4, or pick it in the Train view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has not finished; only a finished run can become a backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration and unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no calibration (it was trained by an earlier version of Hone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (not fitted: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected calibration error, validation (10 bins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative log-likelihood, validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown below a calibrated confidence of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown farther from every class centre than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps %1 of the right answers (target %2), flags %3 of the wrong ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability diagram of the evaluated split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training report: %1, run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by Hone %1 on %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best epoch (validation accuracy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %1 split, %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (95 % confidence interval %2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-%1 accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss and accuracy curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most confused pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image was confused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image was misclassified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data-doctor scan of all %1 images with %2 embeddings, %3-fold cross-validation (hone-cli doctor for the full list; fix them in the Doctor workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely label errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… of which across splits (leakage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images with quality problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same picture in training and validation or test makes the measured accuracy too high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeliest label errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates across splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 split, %2 correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training report, run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::AddCorrectionCommand</name>
    <message>
        <source>The class does not exist in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is in the dataset already, as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another file has taken its place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::BackbonePicker</name>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a weight file (.pth, .safetensors) — torchvision&apos;s, timm&apos;s or a Hone backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many stages of the backbone stay frozen: left trains everything, right trains only the new head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (random initialisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 % top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 parameters before the new classifier layer, %3 px input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight starts random: expect to need many more images and epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this computer yet: %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing frozen: every stage trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen: the whole backbone (%1 … %2); only the head trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen: %1; training: %2 and the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 parameters train (%4 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight files (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::CameraFeed</name>
    <message>
        <source>The camera is no longer connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Hone has no camera support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::ClassPanel</name>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press 1–9 to label the selection, 0 to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2  (%3 · %4/%5/%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 images — training %3, validation %4, test %5, no split %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0   unlabeled  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a class named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a class named %1; merge the two instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the class %1? Its %n image(s) stay in the project, unlabeled. (To give them another class, use Merge Into instead.) Edit › Undo brings everything back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::Cli</name>
    <message>
        <source>List the backbones, their freeze stages and the weights they can start from; download weights into the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the weights ID of backbone NAME (give both: --download NAME ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --download: the weights id (default: imagenet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [bundled]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [downloaded]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each image&apos;s pooled features before the classifier, one JSON object per line: {&quot;image&quot;: PATH, &quot;features&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture (hone-cli backbones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default, imagenet, none, a catalog id or a weight file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input size (default: the size the weights were trained at, else the architecture&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output (the only format; accepted for clarity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image-size: give a size from 16 to 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the weights cover the backbone only in part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hone-cli: error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretrain a backbone and save it, without its classifier layer, as OUTPUT.safetensors with a manifest (OUTPUT.json: the command, seed, data and SHA-256). Data: Fashion-MNIST training images of the given classes, or a labelled project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .safetensors file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST labels to pretrain on, e.g. 0,2,3,4,6,9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training images per class (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretrain on this labelled project instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Fashion-MNIST project in DIR (default: a temporary folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights id for the manifest (default: the file&apos;s base name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-line description for the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --fashion-mnist LIST or --project DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTPUT must end in .safetensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fashion-mnist: &apos;%1&apos; is not a label from 0 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-class: give at least 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 Fashion-MNIST training images per class (%2) to %3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone written: %1 (%2 bytes, SHA-256 %3, best validation accuracy %4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a finished run&apos;s network, without its classifier layer, as a backbone (.safetensors) other projects can start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id (default: the latest finished).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep float32 weights (default: float16, half the size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE.safetensors is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone of run %1 written (SHA-256 %2); train with --weights %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find mislabelled images (confident learning on K-fold out-of-sample probabilities), exact and near duplicates (and those across splits), image problems, outliers and small classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validation folds (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label-issue ranking: self-confidence (default) or margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near duplicates: the cosine similarity of (centred) embeddings that links two images whose perceptual hashes are only loosely alike (default 0.97).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near duplicates: the most bits of 64 in which the perceptual hashes of two look-alike images differ (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the fold assignment (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 penalty of the fold heads on standardised embeddings (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--folds: give a number from 2 to 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rank: self-confidence or margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--similarity: give a value in (0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hash-distance: give a number from 0 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--head-l2: give a value from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: give a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctor: embeddings %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctor: fold %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: embeddings %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not encode the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest classes for the unlabeled images and list them most useful to label first: a softmax head on the labeled images&apos; embeddings scores the rest by the strategy, in diverse batches. With fewer than two classes labeled there is no head yet: typical, diverse images come first (k-means on the embeddings) and &quot;suggested&quot; is null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin (default), entropy, least-confidence or random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at most N images (default: all unlabeled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversity batch: images labeled between retrains (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random strategy and the cold start (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--strategy: margin, entropy, least-confidence or random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count: give a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch: give a number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest: skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest: fewer than two classes are labeled, so these are typical, diverse images to label first, without suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place every image&apos;s embedding on a 2-D map (UMAP after PCA) and write the coordinates (CSV: image,x,y,label) or a picture of it (PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv or FILE.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours of the graph (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the layout (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output: give a .csv or .png file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--neighbours: give a number from 2 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map: layout %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map: %1, %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a classifier on the project in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the stopped or failed run ID from its last checkpoint, with its own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 labeled images to train/val (80/20, stratified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 was stopped before it finished; its weights so far are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a learning rate: train a throw-away copy of the configured model while the rate grows, and suggest the rate where the loss fell fastest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest rate (default 1e-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest rate (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the curve and the suggestion as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a numeric option has a value that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested learning rate: %1 (%2 steps, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a run on the validation or test split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--split must be val or test (or train)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1, %2 split: accuracy %3 % on %4 images, macro-F1 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-%1 accuracy %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most confused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a trained run as a model file, verified by reloading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torchscript or onnx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the reload-and-compare check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the softmax in the graph: the model outputs probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph takes RGB pixel values 0-255 (float32 NCHW at the model&apos;s input size) and normalises them itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not write the model card (OUTPUT.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify images with an exported model. An image whose calibrated confidence is below the model&apos;s threshold is reported as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .pt or .onnx file exported by Hone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image files, or folders of them (searched recursively).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the predictions as CSV to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown below this calibrated confidence, 0-1 (default: the model&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown above this distance from every class, 0-2 (default: the model&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hone-cli: warning: %1 holds no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image to classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-distance must be a number from 0 to 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classified %1 of %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images: %2 known, %3 unknown (confidence below %4 %%5), %6 unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or farther than %1 from every class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty project in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import images into the project in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image files or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, folders (one folder per class), flat, or csv (path,label rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the images into the project (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the images where they are and reference them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copy and --reference exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layout &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>Checking images: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 images, %2 refused, %3 duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the last good version of the project file in DIR when the current one cannot be read. The unreadable file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file of %1 reads correctly; nothing to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot recover %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unreadable file is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise the project in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images, %2 labeled, %3 unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>splits: train %1, val %2, test %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label IMAGE (a project-relative path) as CLASS; the class is created if new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image path inside the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image &apos;%1&apos; in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the labeled images into train/val/test, stratified by class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratios must be non-negative numbers and the seed an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a demo project of Fashion-MNIST images to DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder (created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-class must be between 2 and 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the labeled images as an ImageFolder tree or a CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folders or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder, or the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folders: put classes under train/, val/ and test/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected folders or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is missing; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 images to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a training report (HTML, or PDF when FILE ends in .pdf): configuration, curves, confusion matrix, per-class table and the most confident mistakes, and a data-health section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (.html or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the data-health section (a data-doctor scan with the bundled backbone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: no data-health section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::Cli::EmbeddingOptions</name>
    <message>
        <source>Architecture whose embeddings are used (default: the bundled one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default, imagenet, none, a catalog id or a weight file (default: the bundled weights for the bundled backbone, ImageNet for the others).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input size (default: the weights&apos; own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image-size: give a size from 16 to 1024</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::Cli::TrainingOptions</name>
    <message>
        <source>--%1: &apos;%2&apos; is not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--freeze: &apos;%1&apos; is not a stage of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s default weights (%1) are not for %2: add --weights default, imagenet, none or a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionGallery</name>
    <message>
        <source>%1 predicted as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of class %1 predicted as %2, most confident first. Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); double-click to open an image in the Dataset view.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionMatrixWidget</name>
    <message>
        <source>Click a cell to see its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 predicted as %2: %n image(s), %3 % of the class. Click to see them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first validation pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::DatasetWorkspace</name>
    <message>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by file name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Label next queue ranks unlabeled images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Images or CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and label files (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Imported Images into the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: images stay where they are and the project refers to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Unlabeled Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image here is labeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Training Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Validation Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to T&amp;est Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dataset as &amp;Folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dataset as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class %1: add classes in the class panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the labeled images per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dataset as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dataset into an Empty Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the classes under train/, val/ and test/ folders?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Suggested Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest classes for unlabeled images with a head trained on the labeled ones; it retrains in the background as you label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion to accept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All Suggestions &amp;Above…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every suggested label at or above this confidence (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggested label(s) (undo reverts them all)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label Next Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only unlabeled images, the ones whose labels teach the model most first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next in Label Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1? %2 % — Enter accepts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::DoctorFindingsModel</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind / label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates (%n image(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near duplicates (%n image(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer leaking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::DoctorWorkspace</name>
    <message>
        <source>Label issues (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leakage (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small classes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan for Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for mislabelled images, duplicates, leakage across splits and image problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the project (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network whose embeddings the scan compares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validation folds: each image is judged by a model that never saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How label issues are ranked: the probability of the given label, or its margin over the most likely other class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train again with the current settings on the fixed dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to find mislabelled images, duplicates (and those that leak across splits), image problems, outliers and small classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; accept the suggested label · &lt;b&gt;1–9&lt;/b&gt; label with class 1–9 · &lt;b&gt;Space&lt;/b&gt; or &lt;b&gt;C&lt;/b&gt; checked, not an issue · &lt;b&gt;K&lt;/b&gt; keep this duplicate, remove the others · &lt;b&gt;S&lt;/b&gt; one split for the group · &lt;b&gt;Delete&lt;/b&gt; remove the image · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled weights (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no images to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 weights are not on this computer yet: download them in the Train workspace (Backbone), or choose another backbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n image(s) with %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Embedding %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n image(s) with %1 in %2 s, %3 folds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) checked earlier are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Data doctor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingMap</name>
    <message>
        <source>UMAP (%1 neighbours) on the first %2 principal axes of the centred embeddings, started from the first two</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingMapView</name>
    <message>
        <source>No map yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::EvaluateWorkspace</name>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the run on the split (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an HTML or PDF report: configuration, curves, confusion matrix, per-class table and the most confident mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a pair to see its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Per class&lt;/b&gt; (click a header to sort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Most confused pairs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Misclassified, most confident first&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s images changed since the evaluation: press Evaluate (F5) again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · best %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot evaluate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evaluating run %1 on %n image(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 on the %2 split: %3 % accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no calibration (trained by an earlier version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temperature fitted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>T fitted on %n validation image(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a run and a split, then press Evaluate (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished run yet: train a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run &lt;b&gt;%1&lt;/b&gt; on the &lt;b&gt;%2&lt;/b&gt; split: %n image(s), accuracy &lt;b&gt;%3 %&lt;/b&gt; (95 % CI %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, top-%1 &lt;b&gt;%2 %&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n image(s) skipped)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No image was confused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1, %2 split</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s). Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); Enter opens an image in the Dataset view.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most confident are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML file (*.html);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::ExportReport</name>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified with %1 on %2 images: top-1 agreement %3 %, max |Δ%4| %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::GradCamView</name>
    <message>
        <source>&amp;Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blend the Grad-CAM heat map over the image: red where the evidence for the class lies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class whose evidence is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to see where the model looks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence for &lt;b&gt;%2&lt;/b&gt; (probability %3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled %1 (probability %2 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map resolution %1 × %2, the network&apos;s last stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::ImageGridDelegate</name>
    <message>
        <source>unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::ImageGridModel</name>
    <message>
        <source>%1
class: %2
split: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::Importer</name>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an image file type (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is not UTF-8, so the project cannot refer to it where it is: rename it, or import with copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be referenced from this project&apos;s drive; copy it instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::LabelAssistant</name>
    <message>
        <source>the trunk of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suggestions: reading %n image(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions: embedding %1 of %2 images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label next: typical, diverse images first; suggestions start once two classes have labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suggestions from %n label(s) on the features of %1 (queue: %2; refreshed in %3 s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::LrFinderDialog</name>
    <message>
        <source>Find a Learning Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training a throw-away copy of the model while the learning rate grows from %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range test did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested learning rate: &lt;b&gt;%1&lt;/b&gt;, where the loss fell fastest (%2 batches; %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped when the loss diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::MainWindow</name>
    <message>
        <source>&amp;Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;octor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Your changes are kept in memory; Hone tries again with the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the import has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the evaluation has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the scan has finished, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Free some space or fix the folder&apos;s permissions and retry, or discard the unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file cannot be read:
%1

Restore the last good version? The unreadable file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be restored:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the last good version of the project file; the unreadable one is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. You can look at the project, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — Hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the import has finished, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is running. Stop it and quit? The run is saved as stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::MapWorkspace</name>
    <message>
        <source>&amp;Compute Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by doctor&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place every image on the map again from its embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to draw a lasso (Shift adds, Ctrl removes) · 1–9 label the selection, 0 clears · click opens an image · wheel zooms, right-drag pans, double-click shows all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected on the map: 1–9 label them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The map is made from the images&apos; embeddings: switch on Dataset ▸ Show Suggested Labels to compute them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the images&apos; embeddings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Placing %n image(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The map could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from %1 embeddings in %2 s: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pale: suggested, not labeled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no scan yet: run the Doctor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cleared the labels of %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labeled %n image(s) as %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unlabeled (suggested: %1, %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::ModelExporter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written file does not load in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image to verify the export with; use --no-verify to skip the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exported model has %1 outputs instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exported model predicts differently: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::ModelMetadata</name>
    <message>
        <source>model metadata: temperature %1 is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model metadata: fewer than two class names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model metadata: input.imageSize %1 is not a usable input size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model metadata: input.mean and input.std need three values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model metadata: channel order &apos;%1&apos; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model metadata: input.std must be positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::OnnxClassifier</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV DNN cannot load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV DNN cannot load %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::OnnxExporter</name>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV DNN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::PredictionBars</name>
    <message>
        <source>&lt;1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;99 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::PredictionGallery</name>
    <message>
        <source>The project&apos;s images changed since these predictions were made: evaluate again to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2  %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::Predictor</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries no Hone metadata (inside the model or in %1.json beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has %1 outputs but its metadata names %2 classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::Project</name>
    <message>
        <source>%1 already holds a Hone project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The last good version is kept as %1 (saved %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project folder %1 is read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::ProjectFile</name>
    <message>
        <source>schemaVersion: missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemaVersion: %1 is newer than this version of Hone understands (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes: not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.id: missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.id: %1 is negative or used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.name: empty or used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images: not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.path: &apos;%1&apos; is not a relative path in normal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.path: &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.label: unknown class id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.label: not a class id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.split: &apos;%1&apos; is not train, val or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.reviewed: not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.reviewed: not a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup cannot be used either: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the damaged %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 MB is far larger than any project file; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::ReliabilityDiagram</name>
    <message>
        <source>Per confidence bin: the share of right answers against the mean confidence. Bars below the diagonal are over-confident. Grey: the model&apos;s own softmax; blue: after temperature scaling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::RunHistoryPanel</name>
    <message>
        <source>&amp;Delete Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resu&amp;me Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Backbone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this finished run&apos;s network, without its classifier layer, as a backbone other projects can start from (.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a stopped run from its last completed epoch, with its own settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check runs to draw their validation curves over the current ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  best %1 % (epoch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (%2 epochs recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run %1 with its weights and metrics? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safetensors weights (*.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.

In another project, choose it as the %2 weights with the … button next to Weights in the Train view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::RunStore</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run &apos;%1&apos; in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this project has no finished training run; train first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run is being trained by another process (%1, process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the run folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete %1 completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: run.json gives no valid image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::SplitDialog</name>
    <message>
        <source>Split Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class is split in these proportions (stratified). The same seed gives the same split; unlabeled images are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::TorchScriptExporter</name>
    <message>
        <source>TorchScript model (*.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch TorchScript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::TrainWorkspace</name>
    <message>
        <source>Export Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalise inside the model: it takes RGB pixel values 0–255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph does the mean/std normalisation itself, so a consumer only resizes and feeds the pixels as float32 (N×3×S×S). The metadata and the model card say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax inside the model: it outputs probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting run %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 and its model card %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bal&amp;ance classes in the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrivialAugment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache the frozen stages&apos; output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: 4 to 32, about 16 steps an epoch (small datasets learn faster from more, smaller steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step (×0.1 at ½ and ¾)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (mixed FP16 on a GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed FP16 (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed BF16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed precision runs the network in 16-bit floats and keeps the weights in 32-bit: faster on GPUs. BF16 also runs on CPUs with AVX-512 BF16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backbone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: train from the freeze depth on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature extraction: the head only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune: the head first, then the stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune trains the new head alone for a fifth of the epochs, then unfreezes the stages from the freeze depth on, each earlier stage at half the rate of the next (LP-FT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reci&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a learning-rate range test and suggest a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LR sc&amp;hedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precisio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip training images horizontally at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With frozen stages, compute their output once per image (and flip) and train the rest from it: the same training, many times faster. Kept in the project&apos;s cache folder for later runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs without progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when validation accuracy has not improved for this many epochs. Either way the best epoch&apos;s weights are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soften the targets: helps when some labels may be wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight each class by the inverse of its share of the training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earl&amp;y stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label smoothin&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random 35–100 % of the image, scaled back to the input size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate by up to 15° either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary brightness, contrast and saturation by up to 30 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of 14 operations at a random strength per image (TrivialAugment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold training after the current batch; press again to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show row &amp;percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;best epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After training: the best epoch&apos;s validation matrix instead of the last one&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen weights are not on this computer yet. Download them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 labeled images to train/validation (80/20 per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing before the next training batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a Learning Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate set to %1 by the range test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation, best epoch %1 of %2: accuracy %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation, epoch %1 of %2: accuracy %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1/%2  train loss %3, accuracy %4 %  ·  validation loss %5, accuracy %6 %  (%7 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::Trainer</name>
    <message>
        <source>out of memory. Try a smaller batch size or image size, or freeze more stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device ran out of memory (%1). Try a smaller batch size or image size, or freeze more stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s labeled images or splits changed since run %1; resuming needs the data it started with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint of run %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming run %1 after epoch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding %1 images at %2 px…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training needs at least two decodable training images and one validation image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size %1 (automatic: about 16 steps an epoch for %2 training images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint of run %1 does not match its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint of run %1 does not match its network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best epoch&apos;s weights of run %1 cannot be read; the last epoch&apos;s will be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 of %2, %3 epoch(s): training %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, each earlier stage at %1× the rate of the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1 of %2 parameters on %3, %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, channels last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1: %2 step(s) skipped, their fp16 gradients overflowed (loss scale now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the checkpoint of epoch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stop after epoch %1: no better %2 for %3 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last checkpoint cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the weights of epoch %1, the best (validation accuracy %2 %, loss %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the weights into place in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no run %1 to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has finished; there is nothing to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has no checkpoint: it ended before its first epoch did</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::TrainingConfig</name>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights %1 are for another architecture than %2; choose weights for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze depth must be between 0 and %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head-only epochs must be fewer than the epochs (0 = a fifth of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the per-stage learning-rate factor must be above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs must be between 1 and 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size must be 0 (automatic) or between 2 and 4096 (BatchNorm needs two images per batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate must be positive and at most 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up must be between 0 and the number of epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer must be sgd or adamw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label smoothing must be at least 0 and below 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient clipping must be 0 (off) or a positive norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class weights must be none or balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached views must be between 2 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early-stopping patience must be 0 (off) or more epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the early-stopping metric must be val_accuracy or val_loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision must be auto, fp32, fp16 or bf16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels-last must be auto, on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image size must be between 32 and 1024 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::TrainingData</name>
    <message>
        <source>training needs validation images: split the dataset first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::TrainingPlots</name>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch loss, smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log-scale loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Plots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1, validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1, validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
epoch %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hone::UseWorkspace</name>
    <message>
        <source>%1	%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no classes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is in the dataset now, as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s class “%1” is not a class of this project: choose one under “Wrong? It is …”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the image to the dataset as %1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the image to the dataset with the predicted class (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the image to the dataset with the class it really is (keys 1–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added since the last run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture cannot be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the dataset as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no image files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images there (Hone reads JPEG, PNG, BMP, TIFF and WebP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an image to try the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt; — none of these (best guess: %1, %2; the image is unlike every class the model learnt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt; — none of these (best guess: %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence %1 (this model has no calibration: the softmax as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated confidence %1 (the network&apos;s own softmax said %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 for Grad-CAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown below %1 (keeps %2 of correct validation predictions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown below %1 (the model&apos;s own threshold; it has no calibration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown below %1 (the model&apos;s own: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay the Grad-CAM heat map: where the evidence for the class lies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM needs a run of this project; a model file is not explained here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model to use: a finished run of this project, or an exported model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose image files to predict; you can also drop files or a folder here, or paste a picture with Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop images or a folder here, paste a picture (Ctrl+V), or open images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prediction whose calibrated confidence is below this is reported as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grad-CAM: show where the model looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong? It is …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: right · 1–9: it is that class. Either adds the image to the dataset with that label (undo takes it out again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrai&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a new run with the Train workspace&apos;s settings, on the dataset with the added images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hone models (*.pt *.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished run yet: train one in the Train workspace, or choose a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n class(es) · %2 px</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::WeightDownloader</name>
    <message>
        <source>Invalid SHA-256 &quot;%1&quot; for %2: it needs 8 to 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid file name &quot;%1&quot; for the weights cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid download address for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the weights cache folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data from %1 for %2 seconds; the download stopped after %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection dropped after %1 of %2 bytes from %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection dropped after %1 bytes from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 checksum mismatch for %1 from %2: expected %3, got %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the download into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageSet</name>
    <message>
        <source>%1 images at %2 px take %3 GB decoded, more than the %4 GB of memory there is for them; choose a smaller image size or fewer images (HONE_IMAGE_MEMORY_MB sets the limit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelExporter</name>
    <message numerus="yes">
        <source> (%n image(s) with two all but tied classes changed places)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReliabilityDiagram</name>
    <message>
        <source>Calibration: evaluate a run to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration on %1 images: ECE %2 % → %3 % (T = %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence · share right: grey before, blue after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message numerus="yes">
        <source>training needs labeled training images in at least two classes (this project has %n class(es) with training images)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrunkCache</name>
    <message>
        <source>Feature cache off: the frozen stages&apos; output would take %1 GB of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature cache: the output of %1 for %2 images × %3 view(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature cache: %1 older set(s) removed (%2 MB) to stay within %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature cache: %1 reused, %2 computed in %3 s (%4 floats per image)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <source>Accept %n suggested label(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n image(s) as %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the label of %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n image(s) as checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge class %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred and was stopped:
%1

Your project is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer learning workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (e.g. de, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
