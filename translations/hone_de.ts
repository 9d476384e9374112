<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccuracyText</name>
    <message>
        <source>%1 % (95 % CI %2–%3 %, n = %4)</source>
        <translation>%1 % (95-%-KI %2–%3 %, n = %4)</translation>
    </message>
    <message>
        <source>On %1 validation images, differences under ±%2 points are noise.</source>
        <translation>Bei %1 Validierungsbildern sind Unterschiede unter ±%2 Punkten Rauschen.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AutoRecipe</name>
    <message>
        <source>the head alone on frozen features</source>
        <translation>nur der Kopf auf eingefrorenen Merkmalen</translation>
    </message>
    <message>
        <source>the head first, then fine-tuning</source>
        <translation>erst der Kopf, dann Feinabstimmung</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>Feinabstimmung aller Schichten</translation>
    </message>
    <message>
        <source>fine-tuning from stage %1 on</source>
        <translation>Feinabstimmung ab Stufe %1</translation>
    </message>
    <message>
        <source>no augmentation</source>
        <translation>keine Augmentierung</translation>
    </message>
    <message>
        <source>flips</source>
        <translation>Spiegelungen</translation>
    </message>
    <message>
        <source>crops</source>
        <translation>Ausschnitte</translation>
    </message>
    <message>
        <source>rotations</source>
        <translation>Drehungen</translation>
    </message>
    <message>
        <source>colour changes</source>
        <translation>Farbänderungen</translation>
    </message>
    <message>
        <source>TrivialAugment</source>
        <translation>TrivialAugment</translation>
    </message>
    <message>
        <source>Auto chose: %1</source>
        <translation>Auto hat gewählt: %1</translation>
    </message>
    <message>
        <source>There are no pretrained weights, so every layer learns from your images.</source>
        <translation>Es gibt keine vortrainierten Gewichte, also lernt jede Schicht aus Ihren Bildern.</translation>
    </message>
    <message>
        <source>%1 epochs of %2 steps (batches of %3) give about %4 steps, enough for %5 training images to settle.</source>
        <translation>%1 Epochen mit je %2 Schritten (Stapel zu %3) ergeben etwa %4 Schritte, genug, damit sich %5 Trainingsbilder setzen.</translation>
    </message>
    <message>
        <source>Random weights train at %1 px: small inputs learn as much from a few images and several times faster.</source>
        <translation>Zufällige Gewichte trainieren mit %1 px: kleine Eingaben lernen aus wenigen Bildern ebenso viel und mehrfach schneller.</translation>
    </message>
    <message>
        <source>%1 px is the size the weights were trained at.</source>
        <translation>%1 px ist die Größe, mit der die Gewichte trainiert wurden.</translation>
    </message>
    <message>
        <source>%1 at %2 for %3 epochs, %4 px, %5</source>
        <translation>%1 mit %2 für %3 Epochen, %4 px, %5</translation>
    </message>
    <message>
        <source>The first %1 stages of the pretrained weights stay as they are and the rest learns from your images: on few images per class this beat training every layer and training the head alone.</source>
        <translation>Die ersten %1 Stufen der vortrainierten Gewichte bleiben, wie sie sind, der Rest lernt aus Ihren Bildern: bei wenigen Bildern pro Klasse war das besser, als alle Schichten oder nur den Kopf zu trainieren.</translation>
    </message>
</context>
<context>
    <name>BackboneCatalog</name>
    <message>
        <source>the bundled weights %1 are missing from this build</source>
        <translation>die mitgelieferten Gewichte %1 fehlen in diesem Build</translation>
    </message>
    <message>
        <source>the bundled weights %1 do not match their recorded SHA-256</source>
        <translation>die mitgelieferten Gewichte %1 passen nicht zu ihrer hinterlegten SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>unbekanntes Backbone &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Hone ships no pretrained %1; use --weights imagenet, a weight file, or --backbone %2</source>
        <translation>Hone liefert kein vortrainiertes %1 mit; verwenden Sie --weights imagenet, eine Gewichtsdatei oder --backbone %2</translation>
    </message>
    <message>
        <source>%1 are not weights of %2 (hone-cli backbones lists them)</source>
        <translation>%1 sind keine Gewichte von %2 (hone-cli backbones listet sie auf)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a weight file nor weights of %2 (%3)</source>
        <translation>&apos;%1&apos; ist weder eine Gewichtsdatei noch Gewichte von %2 (%3)</translation>
    </message>
    <message>
        <source>the weight file %1 does not exist</source>
        <translation>die Gewichtsdatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>no weights %1 in this version of Hone</source>
        <translation>keine Gewichte %1 in dieser Version von Hone</translation>
    </message>
    <message>
        <source>%1 (%2) is not downloaded yet: hone-cli backbones --download %3 %4, or pick it in the Train view</source>
        <translation>%1 (%2) ist noch nicht heruntergeladen: hone-cli backbones --download %3 %4, oder wählen Sie es in der Trainingsansicht</translation>
    </message>
    <message>
        <source>A sturdy all-rounder and a good first choice.</source>
        <translation>Ein robuster Allrounder und eine gute erste Wahl.</translation>
    </message>
    <message>
        <source>A deeper ResNet-18: a little more accurate, twice as slow.</source>
        <translation>Ein tieferes ResNet-18: etwas genauer, halb so schnell.</translation>
    </message>
    <message>
        <source>The accurate classic; slow without a GPU.</source>
        <translation>Der genaue Klassiker; langsam ohne GPU.</translation>
    </message>
    <message>
        <source>Small and fast; fine on a laptop.</source>
        <translation>Klein und schnell; gut auf einem Laptop.</translation>
    </message>
    <message>
        <source>The fastest on a laptop; Hone ships it pretrained.</source>
        <translation>Das schnellste auf einem Laptop; Hone liefert es vortrainiert mit.</translation>
    </message>
    <message>
        <source>Fast with good accuracy: a fine trade-off without a GPU.</source>
        <translation>Schnell und recht genau: ein guter Kompromiss ohne GPU.</translation>
    </message>
    <message>
        <source>Accurate for its small size; slower to train than its size suggests.</source>
        <translation>Genau für seine geringe Größe; trainiert langsamer, als die Größe vermuten lässt.</translation>
    </message>
    <message>
        <source>The best accuracy here; slow without a GPU.</source>
        <translation>Die beste Genauigkeit hier; langsam ohne GPU.</translation>
    </message>
    <message>
        <source>Modern and quick: more accurate than ResNet-34 at a quarter of its cost.</source>
        <translation>Modern und flott: genauer als ResNet-34 bei einem Viertel des Aufwands.</translation>
    </message>
    <message>
        <source>More accurate than ResNet-50 at less than half its cost.</source>
        <translation>Genauer als ResNet-50 bei weniger als dem halben Aufwand.</translation>
    </message>
</context>
<context>
    <name>BackboneExport</name>
    <message>
        <source>run %1 has not finished; only a finished run can become a backbone</source>
        <translation>Lauf %1 ist nicht abgeschlossen; nur ein abgeschlossener Lauf kann zum Backbone werden</translation>
    </message>
    <message>
        <source>cannot read back %1</source>
        <translation>%1 kann nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>BundledWeights</name>
    <message>
        <source>Fashion-MNIST, 6 clothing classes (pretrained by Hone)</source>
        <translation>Fashion-MNIST, 6 Kleidungsklassen (von Hone vortrainiert)</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>%1 validation images are too few to fit a temperature (at least %2)</source>
        <translation>%1 Validierungsbilder sind zu wenige, um eine Temperatur anzupassen (mindestens %2)</translation>
    </message>
    <message>
        <source>every validation image is predicted right, so no temperature can be fitted</source>
        <translation>jedes Validierungsbild wird richtig vorhergesagt, daher lässt sich keine Temperatur anpassen</translation>
    </message>
    <message>
        <source>no validation image is predicted right, so no temperature can be fitted</source>
        <translation>kein Validierungsbild wird richtig vorhergesagt, daher lässt sich keine Temperatur anpassen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>fehlende Argumente</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N.</source>
        <translation>auto, cpu, cuda oder cuda:N.</translation>
    </message>
    <message>
        <source>
Run &apos;hone-cli recover %1&apos; to restore it.</source>
        <translation>
Führen Sie &apos;hone-cli recover %1&apos; aus, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>Note: %1 is read-only; changes cannot be saved.</source>
        <translation>Hinweis: %1 ist schreibgeschützt; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Restored the last good version: %n image(s).</source>
        <translation>
            <numerusform>Die letzte funktionierende Version wurde wiederhergestellt: %n Bild.</numerusform>
            <numerusform>Die letzte funktionierende Version wurde wiederhergestellt: %n Bilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty project.</source>
        <translation>Ein leeres Projekt anlegen.</translation>
    </message>
    <message>
        <source>Import image files and folders (folders per class, flat, or CSV).</source>
        <translation>Bilddateien und Ordner importieren (Ordner je Klasse, flach oder CSV).</translation>
    </message>
    <message>
        <source>Classes, counts and splits.</source>
        <translation>Klassen, Anzahlen und Aufteilungen.</translation>
    </message>
    <message>
        <source>Label one image.</source>
        <translation>Ein Bild beschriften.</translation>
    </message>
    <message>
        <source>Restore the last good project file.</source>
        <translation>Die letzte funktionierende Projektdatei wiederherstellen.</translation>
    </message>
    <message>
        <source>Split the labelled images into train, validation and test.</source>
        <translation>Die beschrifteten Bilder in Training, Validierung und Test aufteilen.</translation>
    </message>
    <message>
        <source>The backbone zoo: architectures, freeze stages and weights; downloads weights.</source>
        <translation>Der Backbone-Zoo: Architekturen, Einfrierstufen und Gewichte; lädt Gewichte herunter.</translation>
    </message>
    <message>
        <source>Train a classifier; the run is kept in the project.</source>
        <translation>Einen Klassifikator trainieren; der Lauf wird im Projekt aufbewahrt.</translation>
    </message>
    <message>
        <source>Find a learning rate with a range test.</source>
        <translation>Eine Lernrate mit einem Bereichstest finden.</translation>
    </message>
    <message>
        <source>Accuracy, per-class metrics and the confusion matrix of a run.</source>
        <translation>Genauigkeit, Kennzahlen je Klasse und die Konfusionsmatrix eines Laufs.</translation>
    </message>
    <message>
        <source>A run&apos;s report as HTML or PDF (FILE.html, FILE.pdf).</source>
        <translation>Der Bericht eines Laufs als HTML oder PDF (FILE.html, FILE.pdf).</translation>
    </message>
    <message>
        <source>Export a run as TorchScript or ONNX, with FILE.json and the model card FILE.md.</source>
        <translation>Einen Lauf als TorchScript oder ONNX exportieren, mit FILE.json und der Modellkarte FILE.md.</translation>
    </message>
    <message>
        <source>Save a run&apos;s trunk as a backbone (.safetensors).</source>
        <translation>Den Rumpf eines Laufs als Backbone speichern (.safetensors).</translation>
    </message>
    <message>
        <source>Pretrain a backbone (.safetensors) with a reproducible manifest.</source>
        <translation>Ein Backbone (.safetensors) mit einem reproduzierbaren Manifest vortrainieren.</translation>
    </message>
    <message>
        <source>Label issues, duplicates, leakage and bad images.</source>
        <translation>Beschriftungsprobleme, Duplikate, Datenlecks und fehlerhafte Bilder.</translation>
    </message>
    <message>
        <source>What to label next, with suggested classes.</source>
        <translation>Was als Nächstes zu beschriften ist, mit vorgeschlagenen Klassen.</translation>
    </message>
    <message>
        <source>The dataset in two dimensions (FILE.csv or FILE.png).</source>
        <translation>Der Datensatz in zwei Dimensionen (FILE.csv oder FILE.png).</translation>
    </message>
    <message>
        <source>Embeddings of images as JSON.</source>
        <translation>Embeddings von Bildern als JSON.</translation>
    </message>
    <message>
        <source>Classify images or folders with an exported model (.pt or .onnx); reports unknowns.</source>
        <translation>Bilder oder Ordner mit einem exportierten Modell (.pt oder .onnx) klassifizieren; meldet Unbekannte.</translation>
    </message>
    <message>
        <source>Write the labelled images as class folders or a CSV file.</source>
        <translation>Die beschrifteten Bilder als Klassenordner oder CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Create a Fashion-MNIST demo project.</source>
        <translation>Ein Fashion-MNIST-Demoprojekt anlegen.</translation>
    </message>
    <message>
        <source>Hone&apos;s version and those of Qt, LibTorch and OpenCV; whether CUDA is available.</source>
        <translation>Die Version von Hone und die von Qt, LibTorch und OpenCV; ob CUDA verfügbar ist.</translation>
    </message>
    <message>
        <source>Print Hone&apos;s version, the versions of Qt, LibTorch and OpenCV, and whether CUDA is available.</source>
        <translation>Die Version von Hone, die Versionen von Qt, LibTorch und OpenCV und ob CUDA verfügbar ist, ausgeben.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the file holds a NUL byte at offset %1: it is not a text file in UTF-8, Latin-1 or UTF-16</source>
        <translation>die Datei enthält ein NUL-Byte an Position %1: sie ist keine Textdatei in UTF-8, Latin-1 oder UTF-16</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>die Datei ist kein gültiger UTF-16-Text</translation>
    </message>
    <message>
        <source>the file holds a NUL character: it is not a text file</source>
        <translation>die Datei enthält ein NUL-Zeichen: sie ist keine Textdatei</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>%1 is not empty; choose a new folder</source>
        <translation>%1 ist nicht leer; wählen Sie einen neuen Ordner</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>no output path</source>
        <translation>kein Ausgabepfad</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>cannot open %1; install the dataset-fashion-mnist package</source>
        <translation>%1 kann nicht geöffnet werden; installieren Sie das Paket dataset-fashion-mnist</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 ist beschädigt</translation>
    </message>
    <message>
        <source>the Fashion-MNIST files are not in IDX format</source>
        <translation>die Fashion-MNIST-Dateien sind nicht im IDX-Format</translation>
    </message>
    <message>
        <source>the Fashion-MNIST files are truncated</source>
        <translation>die Fashion-MNIST-Dateien sind abgeschnitten</translation>
    </message>
    <message>
        <source>Fashion-MNIST has no class %1 (0 to 9)</source>
        <translation>Fashion-MNIST hat keine Klasse %1 (0 bis 9)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>the %1 split has no labeled image of the run&apos;s classes</source>
        <translation>die Aufteilung %1 enthält kein beschriftetes Bild der Klassen des Laufs</translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation>Auswertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>an unknown error</source>
        <translation>ein unbekannter Fehler</translation>
    </message>
    <message>
        <source>an unknown error in a background task</source>
        <translation>ein unbekannter Fehler in einer Hintergrundaufgabe</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>nicht genug Speicher</translation>
    </message>
    <message>
        <source>image processing failed: %1</source>
        <translation>Bildverarbeitung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>an unexpected error (%1)</source>
        <translation>ein unerwarteter Fehler (%1)</translation>
    </message>
</context>
<context>
    <name>GradCam</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>class %1 is not one of the model&apos;s %2 classes</source>
        <translation>Klasse %1 ist keine der %2 Klassen des Modells</translation>
    </message>
    <message>
        <source>Grad-CAM failed: %1</source>
        <translation>Grad-CAM fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Hone</name>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Trained from a random initialisation: no third-party weights.</source>
        <translation>Von einer zufälligen Initialisierung aus trainiert: keine Gewichte von Dritten.</translation>
    </message>
    <message>
        <source>Started from Hone&apos;s bundled %1 weights (%2), pretrained by `hone-cli pretrain` on %3. Fashion-MNIST is published under the MIT licence; the weights ship with Hone.</source>
        <translation>Ausgehend von Hones mitgelieferten %1-Gewichten (%2), vortrainiert mit `hone-cli pretrain` auf %3. Fashion-MNIST ist unter der MIT-Lizenz veröffentlicht; die Gewichte werden mit Hone ausgeliefert.</translation>
    </message>
    <message>
        <source>Started from torchvision&apos;s %1 weights (%2, %3 top-1 on %4), downloaded from %5. torchvision&apos;s code and weights are published under the BSD-3-Clause licence; the weights were trained on %4, whose terms of access (non-commercial research and education) may bind how a derived model can be used.</source>
        <translation>Ausgehend von den %1-Gewichten von torchvision (%2, %3 Top-1 auf %4), heruntergeladen von %5. Code und Gewichte von torchvision sind unter der BSD-3-Clause-Lizenz veröffentlicht; die Gewichte wurden auf %4 trainiert, dessen Zugangsbedingungen (nichtkommerzielle Forschung und Lehre) einschränken können, wie ein abgeleitetes Modell verwendet werden darf.</translation>
    </message>
    <message>
        <source>Started from the zoo weights %1, which this version of Hone does not know.</source>
        <translation>Ausgehend von den Zoo-Gewichten %1, die diese Version von Hone nicht kennt.</translation>
    </message>
    <message>
        <source>Started from the weight file %1. Its licence is whatever its source says: check it before sharing this model.</source>
        <translation>Ausgehend von der Gewichtsdatei %1. Ihre Lizenz ist die, die ihre Quelle angibt: prüfen Sie sie, bevor Sie dieses Modell weitergeben.</translation>
    </message>
    <message>
        <source>Model card: %1</source>
        <translation>Modellkarte: %1</translation>
    </message>
    <message>
        <source>Exported by Hone %1 from run %2 of %3, a %4 classifier of %5 classes.</source>
        <translation>Exportiert von Hone %1 aus Lauf %2 von %3, ein %4-Klassifikator mit %5 Klassen.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Input and preprocessing</source>
        <translation>Eingabe und Vorverarbeitung</translation>
    </message>
    <message>
        <source>Input: float32, NCHW, shape [N, 3, %1, %1], RGB channel order.</source>
        <translation>Eingabe: float32, NCHW, Form [N, 3, %1, %1], Kanalreihenfolge RGB.</translation>
    </message>
    <message>
        <source>Resizing (the caller&apos;s job): %1.</source>
        <translation>Größenänderung (Aufgabe des Aufrufers): %1.</translation>
    </message>
    <message>
        <source>Pixel values: 0–255 as they are. The graph normalises them itself: (x / 255 − mean) / std with mean %1 and std %2.</source>
        <translation>Pixelwerte: 0–255 unverändert. Der Graph normalisiert sie selbst: (x / 255 − mean) / std mit mean %1 und std %2.</translation>
    </message>
    <message>
        <source>Pixel values: scale to 0–1 (divide by 255), then (x − mean) / std with mean %1 and std %2.</source>
        <translation>Pixelwerte: auf 0–1 skalieren (durch 255 teilen), dann (x − mean) / std mit mean %1 und std %2.</translation>
    </message>
    <message>
        <source>Output: probabilities (softmax in the graph), [N, %1].</source>
        <translation>Ausgabe: Wahrscheinlichkeiten (Softmax im Graphen), [N, %1].</translation>
    </message>
    <message>
        <source>Output: logits, [N, %1]; apply a softmax for probabilities.</source>
        <translation>Ausgabe: Logits, [N, %1]; wenden Sie für Wahrscheinlichkeiten eine Softmax an.</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>%1 on %2 validation images (95 % confidence interval %3 – %4, Wilson), the weights of epoch %5 of %6.</source>
        <translation>%1 auf %2 Validierungsbildern (95-%-Konfidenzintervall %3 – %4, Wilson), die Gewichte der Epoche %5 von %6.</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>Validierungsbilder</translation>
    </message>
    <message>
        <source>With %1 validation images, differences under about ±%2 points are noise.</source>
        <translation>Bei %1 Validierungsbildern sind Unterschiede unter etwa ±%2 Prozentpunkten Rauschen.</translation>
    </message>
    <message>
        <source>The run has no validation result.</source>
        <translation>Der Lauf hat kein Validierungsergebnis.</translation>
    </message>
    <message>
        <source>Calibration and &quot;unknown&quot;</source>
        <translation>Kalibrierung und „Unbekannt“</translation>
    </message>
    <message>
        <source>The run was not calibrated (it was trained by an earlier version of Hone): confidences are the softmax as it is, and no threshold is set.</source>
        <translation>Der Lauf wurde nicht kalibriert (er wurde mit einer früheren Version von Hone trainiert): Konfidenzen sind die unveränderte Softmax, und es ist kein Schwellenwert gesetzt.</translation>
    </message>
    <message>
        <source>Temperature %1 (calibrated probabilities are softmax(logits / %1)), fitted on %2 validation images.</source>
        <translation>Temperatur %1 (kalibrierte Wahrscheinlichkeiten sind softmax(logits / %1)), angepasst auf %2 Validierungsbildern.</translation>
    </message>
    <message>
        <source>Not fitted: %1.</source>
        <translation>Nicht angepasst: %1.</translation>
    </message>
    <message>
        <source>Expected calibration error (10 bins): %1 before, %2 after.</source>
        <translation>Erwarteter Kalibrierungsfehler (10 Bins): %1 vorher, %2 nachher.</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; when the calibrated confidence is below %1, or when the image&apos;s pooled features (the &quot;embedding&quot; output) are farther than %2 from every class centre (1 − cosine similarity; the centres are in the metadata&apos;s calibration.novelty).</source>
        <translation>„Unbekannt“, wenn die kalibrierte Konfidenz unter %1 liegt oder wenn die gepoolten Merkmale des Bildes (die Ausgabe &quot;embedding&quot;) weiter als %2 von jedem Klassenzentrum entfernt sind (1 − Kosinus-Ähnlichkeit; die Zentren stehen in calibration.novelty der Metadaten).</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; when the calibrated confidence is below %1.</source>
        <translation>„Unbekannt“, wenn die kalibrierte Konfidenz unter %1 liegt.</translation>
    </message>
    <message>
        <source>On validation this keeps %1 of the correct predictions (target %2) and flags %3 of the wrong ones.</source>
        <translation>Auf der Validierung behält dies %1 der richtigen Vorhersagen (Ziel %2) und markiert %3 der falschen.</translation>
    </message>
    <message>
        <source>Both checks only know the classes above. Things the model never saw but that look like one of its classes still pass; when such images are common where the model is used, add a &quot;background&quot; class with examples of them.</source>
        <translation>Beide Prüfungen kennen nur die obigen Klassen. Dinge, die das Modell nie gesehen hat, die aber wie eine seiner Klassen aussehen, kommen trotzdem durch; wenn solche Bilder dort häufig sind, wo das Modell eingesetzt wird, fügen Sie eine Klasse „Hintergrund“ mit Beispielen dafür hinzu.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>%1 training and %2 validation images; dataset hash %3.</source>
        <translation>%1 Trainings- und %2 Validierungsbilder; Datensatz-Hash %3.</translation>
    </message>
    <message>
        <source>Recipe %1, freeze depth %2, %3 epochs at learning rate %4, image size %5, seed %6, on %7.</source>
        <translation>Rezept %1, Einfriertiefe %2, %3 Epochen mit Lernrate %4, Bildgröße %5, Startwert %6, auf %7.</translation>
    </message>
    <message>
        <source>Started %1, ended %2.</source>
        <translation>Gestartet %1, beendet %2.</translation>
    </message>
    <message>
        <source>Backbone and licence</source>
        <translation>Backbone und Lizenz</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>The export was not verified (--no-verify).</source>
        <translation>Der Export wurde nicht überprüft (--no-verify).</translation>
    </message>
    <message>
        <source>%1 is not a bookmark list (%2); left as it is</source>
        <translation>%1 ist keine Lesezeichenliste (%2); unverändert gelassen</translation>
    </message>
</context>
<context>
    <name>Hone::BackbonePicker</name>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Import a weight file (.pth, .safetensors) — torchvision&apos;s, timm&apos;s or a Hone backbone</source>
        <translation>Gewichtsdatei importieren (.pth, .safetensors) – von torchvision, timm oder ein Hone-Backbone</translation>
    </message>
    <message>
        <source>How many stages of the backbone stay frozen: left trains everything, right trains only the new head</source>
        <translation>Wie viele Stufen des Backbones eingefroren bleiben: links wird alles trainiert, rechts nur der neue Kopf</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 von %2 MB</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Herunterladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>None (random initialisation)</source>
        <translation>Keine (zufällige Initialisierung)</translation>
    </message>
    <message>
        <source> — %1 % top-1</source>
        <translation> – %1 % Top-1</translation>
    </message>
    <message>
        <source> — bundled</source>
        <translation> – mitgeliefert</translation>
    </message>
    <message>
        <source> — not downloaded</source>
        <translation> – nicht heruntergeladen</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Every weight starts random: expect to need many more images and epochs.</source>
        <translation>Alle Gewichte beginnen zufällig: Sie brauchen voraussichtlich deutlich mehr Bilder und Epochen.</translation>
    </message>
    <message>
        <source>Not on this computer yet: %1, from %2</source>
        <translation>Noch nicht auf diesem Computer: %1, von %2</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>Bereit: %1</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot use this file: %1</source>
        <translation>Diese Datei ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Load report: %1</source>
        <translation>Ladebericht: %1</translation>
    </message>
    <message>
        <source>Nothing frozen: every stage trains.</source>
        <translation>Nichts eingefroren: jede Stufe wird trainiert.</translation>
    </message>
    <message>
        <source>Frozen: the whole backbone (%1 … %2); only the head trains.</source>
        <translation>Eingefroren: das ganze Backbone (%1 … %2); nur der Kopf wird trainiert.</translation>
    </message>
    <message>
        <source>Frozen: %1; training: %2 and the head.</source>
        <translation>Eingefroren: %1; trainiert: %2 und der Kopf.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 parameters train (%4 %).</source>
        <translation>%1 %2 von %3 Parametern werden trainiert (%4 %).</translation>
    </message>
    <message>
        <source>Import Weights</source>
        <translation>Gewichte importieren</translation>
    </message>
    <message>
        <source>Weight files (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Gewichtsdateien (*.pth *.pt *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1, %2 parameters before the new classifier layer, %3 px input</source>
        <translation>%1, %2 Parameter vor der neuen Klassifikationsschicht, %3 px Eingabe</translation>
    </message>
    <message>
        <source>; ImageNet top-1 %1 %</source>
        <translation>; ImageNet-Top-1 %1 %</translation>
    </message>
    <message>
        <source>Training takes %1 ms per image on this computer&apos;s CPU at %2 px.</source>
        <translation>Das Training dauert auf der CPU dieses Computers %1 ms pro Bild bei %2 px.</translation>
    </message>
    <message>
        <source>Measuring its speed on this computer…</source>
        <translation>Die Geschwindigkeit auf diesem Computer wird gemessen…</translation>
    </message>
</context>
<context>
    <name>Hone::CameraFeed</name>
    <message>
        <source>The camera is no longer connected.</source>
        <translation>Die Kamera ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <source>This build of Hone has no camera support.</source>
        <translation>Dieser Build von Hone hat keine Kameraunterstützung.</translation>
    </message>
</context>
<context>
    <name>Hone::ClassPanel</name>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Klassen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press 1–9 to label the selection, 0 to clear.</source>
        <translation>1–9 beschriftet die Auswahl, 0 entfernt die Beschriftung.</translation>
    </message>
    <message>
        <source>Add Class…</source>
        <translation>Klasse hinzufügen…</translation>
    </message>
    <message>
        <source>0   unlabeled  (%1)</source>
        <translation>0   unbeschriftet  (%1)</translation>
    </message>
    <message>
        <source>Add Class</source>
        <translation>Klasse hinzufügen</translation>
    </message>
    <message>
        <source>Class name:</source>
        <translation>Name der Klasse:</translation>
    </message>
    <message>
        <source>There is already a class named %1.</source>
        <translation>Es gibt bereits eine Klasse namens %1.</translation>
    </message>
    <message>
        <source>%1   %2  (%3 · %4/%5/%6)</source>
        <translation>%1   %2  (%3 · %4/%5/%6)</translation>
    </message>
    <message>
        <source>%1: %2 images — training %3, validation %4, test %5, no split %6</source>
        <translation>%1: %2 Bilder — Training %3, Validierung %4, Test %5, ohne Aufteilung %6</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename Class</source>
        <translation>Klasse umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Change &amp;Colour…</source>
        <translation>&amp;Farbe ändern…</translation>
    </message>
    <message>
        <source>Class Colour</source>
        <translation>Klassenfarbe</translation>
    </message>
    <message>
        <source>&amp;Merge Into</source>
        <translation>&amp;Zusammenführen mit</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>There is already a class named %1; merge the two instead.</source>
        <translation>Es gibt bereits eine Klasse namens %1; führen Sie die beiden stattdessen zusammen.</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>Klasse löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the class %1? Its %n image(s) stay in the project, unlabeled. (To give them another class, use Merge Into instead.) Edit › Undo brings everything back.</source>
        <translation>
            <numerusform>Die Klasse %1 löschen? Ihr %n Bild bleibt unbeschriftet im Projekt. (Um ihm eine andere Klasse zu geben, nutzen Sie „Zusammenführen mit“.) Bearbeiten › Rückgängig stellt alles wieder her.</numerusform>
            <numerusform>Die Klasse %1 löschen? Ihre %n Bilder bleiben unbeschriftet im Projekt. (Um ihnen eine andere Klasse zu geben, nutzen Sie „Zusammenführen mit“.) Bearbeiten › Rückgängig stellt alles wieder her.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::Cli</name>
    <message>
        <source>Train a classifier on the project in DIR.</source>
        <translation>Einen Klassifikator auf dem Projekt in DIR trainieren.</translation>
    </message>
    <message>
        <source>Project folder.</source>
        <translation>Projektordner.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Zufallsstartwert.</translation>
    </message>
    <message>
        <source>a numeric option has a value that is not a number</source>
        <translation>eine numerische Option hat einen Wert, der keine Zahl ist</translation>
    </message>
    <message>
        <source>Assigned %1 labeled images to train/val (80/20, stratified)</source>
        <translation>%1 beschriftete Bilder auf train/val verteilt (80/20, stratifiziert)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>Lauf %1 %2</translation>
    </message>
    <message>
        <source>Evaluate a run on the validation or test split.</source>
        <translation>Einen Lauf auf der Validierungs- oder Testaufteilung auswerten.</translation>
    </message>
    <message>
        <source>Run id (default: the latest finished).</source>
        <translation>Lauf-ID (Standard: der letzte abgeschlossene).</translation>
    </message>
    <message>
        <source>val or test.</source>
        <translation>val oder test.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>--split must be val or test (or train)</source>
        <translation>--split muss val oder test (oder train) sein</translation>
    </message>
    <message>
        <source>run %1, %2 split: accuracy %3 % on %4 images, macro-F1 %5</source>
        <translation>Lauf %1, Aufteilung %2: Genauigkeit %3 % auf %4 Bildern, Makro-F1 %5</translation>
    </message>
    <message>
        <source>Export a trained run as a model file, verified by reloading it.</source>
        <translation>Einen trainierten Lauf als Modelldatei exportieren, überprüft durch erneutes Laden.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <source>Skip the reload-and-compare check.</source>
        <translation>Die Prüfung durch erneutes Laden und Vergleichen überspringen.</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output ist erforderlich</translation>
    </message>
    <message>
        <source>wrote %1 (run %2)</source>
        <translation>%1 geschrieben (Lauf %2)</translation>
    </message>
    <message>
        <source>hone-cli: error: %1: %2</source>
        <translation>hone-cli: error: %1: %2</translation>
    </message>
    <message>
        <source>the project could not be saved</source>
        <translation>das Projekt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Create an empty project in DIR.</source>
        <translation>Ein leeres Projekt in DIR anlegen.</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>Projekt %1 angelegt</translation>
    </message>
    <message>
        <source>Import images into the project in DIR.</source>
        <translation>Bilder in das Projekt in DIR importieren.</translation>
    </message>
    <message>
        <source>Image files or folders.</source>
        <translation>Bilddateien oder Ordner.</translation>
    </message>
    <message>
        <source>unknown layout &apos;%1&apos;</source>
        <translation>unbekanntes Layout &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Summarise the project in DIR.</source>
        <translation>Das Projekt in DIR zusammenfassen.</translation>
    </message>
    <message>
        <source>%1 images, %2 labeled, %3 unlabeled</source>
        <translation>%1 Bilder, %2 beschriftet, %3 unbeschriftet</translation>
    </message>
    <message>
        <source>splits: train %1, val %2, test %3</source>
        <translation>Aufteilungen: train %1, val %2, test %3</translation>
    </message>
    <message>
        <source>Label IMAGE (a project-relative path) as CLASS; the class is created if new.</source>
        <translation>IMAGE (ein projektrelativer Pfad) als CLASS beschriften; die Klasse wird angelegt, falls sie neu ist.</translation>
    </message>
    <message>
        <source>Image path inside the project.</source>
        <translation>Bildpfad innerhalb des Projekts.</translation>
    </message>
    <message>
        <source>Class name.</source>
        <translation>Name der Klasse.</translation>
    </message>
    <message>
        <source>no image &apos;%1&apos; in this project</source>
        <translation>kein Bild &apos;%1&apos; in diesem Projekt</translation>
    </message>
    <message>
        <source>the class name is empty</source>
        <translation>der Name der Klasse ist leer</translation>
    </message>
    <message>
        <source>Split the labeled images into train/val/test, stratified by class.</source>
        <translation>Die beschrifteten Bilder in train/val/test aufteilen, stratifiziert nach Klasse.</translation>
    </message>
    <message>
        <source>Train share.</source>
        <translation>Anteil Training.</translation>
    </message>
    <message>
        <source>Validation share.</source>
        <translation>Anteil Validierung.</translation>
    </message>
    <message>
        <source>Test share.</source>
        <translation>Anteil Test.</translation>
    </message>
    <message>
        <source>ratios must be non-negative numbers and the seed an integer</source>
        <translation>die Anteile müssen nichtnegative Zahlen sein und der Startwert eine ganze Zahl</translation>
    </message>
    <message>
        <source>Write a demo project of Fashion-MNIST images to DIR.</source>
        <translation>Ein Demoprojekt mit Fashion-MNIST-Bildern nach DIR schreiben.</translation>
    </message>
    <message>
        <source>Project folder (created).</source>
        <translation>Projektordner (wird angelegt).</translation>
    </message>
    <message>
        <source>Images per class.</source>
        <translation>Bilder je Klasse.</translation>
    </message>
    <message>
        <source>--per-class must be between 2 and 1000</source>
        <translation>--per-class muss zwischen 2 und 1000 liegen</translation>
    </message>
    <message>
        <source>Demo project written to %1</source>
        <translation>Demoprojekt nach %1 geschrieben</translation>
    </message>
    <message>
        <source>torchscript or onnx.</source>
        <translation>torchscript oder onnx.</translation>
    </message>
    <message>
        <source>Put the softmax in the graph: the model outputs probabilities.</source>
        <translation>Die Softmax in den Graphen legen: das Modell gibt Wahrscheinlichkeiten aus.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation>unbekanntes Format &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>A .pt or .onnx file exported by Hone.</source>
        <translation>Eine von Hone exportierte .pt- oder .onnx-Datei.</translation>
    </message>
    <message>
        <source>run %1 was stopped before it finished; its weights so far are saved</source>
        <translation>Lauf %1 wurde angehalten, bevor er abgeschlossen war; seine bisherigen Gewichte sind gespeichert</translation>
    </message>
    <message>
        <source>auto, folders (one folder per class), flat, or csv (path,label rows).</source>
        <translation>auto, folders (ein Ordner je Klasse), flat oder csv (Zeilen path,label).</translation>
    </message>
    <message>
        <source>Copy the images into the project (the default).</source>
        <translation>Die Bilder ins Projekt kopieren (Standard).</translation>
    </message>
    <message>
        <source>Leave the images where they are and reference them.</source>
        <translation>Die Bilder lassen, wo sie sind, und auf sie verweisen.</translation>
    </message>
    <message>
        <source>--copy and --reference exclude each other</source>
        <translation>--copy und --reference schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>Imported %1 images, %2 refused, %3 duplicates</source>
        <translation>%1 Bilder importiert, %2 abgelehnt, %3 Duplikate</translation>
    </message>
    <message>
        <source>Export the labeled images as an ImageFolder tree or a CSV.</source>
        <translation>Die beschrifteten Bilder als ImageFolder-Baum oder als CSV exportieren.</translation>
    </message>
    <message>
        <source>folders or csv.</source>
        <translation>folders oder csv.</translation>
    </message>
    <message>
        <source>A new folder, or the CSV file.</source>
        <translation>Ein neuer Ordner oder die CSV-Datei.</translation>
    </message>
    <message>
        <source>folders: put classes under train/, val/ and test/.</source>
        <translation>folders: Klassen unter train/, val/ und test/ ablegen.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected folders or csv)</source>
        <translation>unbekanntes Format &apos;%1&apos; (erwartet: folders oder csv)</translation>
    </message>
    <message>
        <source>Wrote %1 images to %2</source>
        <translation>%1 Bilder nach %2 geschrieben</translation>
    </message>
    <message>
        <source>%1: the file is missing; left out</source>
        <translation>%1: die Datei fehlt; ausgelassen</translation>
    </message>
    <message>
        <source>top-%1 accuracy %2 %</source>
        <translation>Top-%1-Genauigkeit %2 %</translation>
    </message>
    <message>
        <source>most confused:</source>
        <translation>am häufigsten verwechselt:</translation>
    </message>
    <message>
        <source>Output file (.html or .pdf).</source>
        <translation>Ausgabedatei (.html oder .pdf).</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>--output FILE ist erforderlich</translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation>Bericht zu Lauf %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Continue the stopped or failed run ID from its last checkpoint, with its own settings.</source>
        <translation>Den angehaltenen oder fehlgeschlagenen Lauf ID ab seinem letzten Checkpoint mit seinen eigenen Einstellungen fortsetzen.</translation>
    </message>
    <message>
        <source>Find a learning rate: train a throw-away copy of the configured model while the rate grows, and suggest the rate where the loss fell fastest.</source>
        <translation>Eine Lernrate finden: eine Wegwerfkopie des konfigurierten Modells trainieren, während die Rate wächst, und die Rate vorschlagen, bei der der Verlust am schnellsten fiel.</translation>
    </message>
    <message>
        <source>Lowest rate (default 1e-7).</source>
        <translation>Niedrigste Rate (Standard 1e-7).</translation>
    </message>
    <message>
        <source>Highest rate (default 1).</source>
        <translation>Höchste Rate (Standard 1).</translation>
    </message>
    <message>
        <source>Batches (default 100).</source>
        <translation>Batches (Standard 100).</translation>
    </message>
    <message>
        <source>Print the curve and the suggestion as JSON.</source>
        <translation>Die Kurve und den Vorschlag als JSON ausgeben.</translation>
    </message>
    <message>
        <source>suggested learning rate: %1 (%2 steps, %3)</source>
        <translation>vorgeschlagene Lernrate: %1 (%2 Schritte, %3)</translation>
    </message>
    <message>
        <source>List the backbones, their freeze stages and the weights they can start from; download weights into the cache.</source>
        <translation>Die Backbones, ihre Einfrierstufen und die Gewichte auflisten, von denen sie ausgehen können; Gewichte in den Cache herunterladen.</translation>
    </message>
    <message>
        <source>Download the weights ID of backbone NAME (give both: --download NAME ID).</source>
        <translation>Die Gewichte ID des Backbones NAME herunterladen (beides angeben: --download NAME ID).</translation>
    </message>
    <message>
        <source>With --download: the weights id (default: imagenet).</source>
        <translation>Mit --download: die Gewichts-ID (Standard: imagenet).</translation>
    </message>
    <message>
        <source> [bundled]</source>
        <translation> [mitgeliefert]</translation>
    </message>
    <message>
        <source> [downloaded]</source>
        <translation> [heruntergeladen]</translation>
    </message>
    <message>
        <source>Print each image&apos;s pooled features before the classifier, one JSON object per line: {&quot;image&quot;: PATH, &quot;features&quot;: [...]}.</source>
        <translation>Die gepoolten Merkmale jedes Bildes vor dem Klassifikator ausgeben, ein JSON-Objekt je Zeile: {&quot;image&quot;: PATH, &quot;features&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Images.</source>
        <translation>Bilder.</translation>
    </message>
    <message>
        <source>Architecture (hone-cli backbones).</source>
        <translation>Architektur (hone-cli backbones).</translation>
    </message>
    <message>
        <source>default, imagenet, none, a catalog id or a weight file.</source>
        <translation>default, imagenet, none, eine Katalog-ID oder eine Gewichtsdatei.</translation>
    </message>
    <message>
        <source>Input size (default: the size the weights were trained at, else the architecture&apos;s).</source>
        <translation>Eingabegröße (Standard: die Größe, mit der die Gewichte trainiert wurden, sonst die der Architektur).</translation>
    </message>
    <message>
        <source>JSON output (the only format; accepted for clarity).</source>
        <translation>JSON-Ausgabe (das einzige Format; der Klarheit halber akzeptiert).</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>unbekanntes Backbone &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--image-size: give a size from 16 to 1024</source>
        <translation>--image-size: geben Sie eine Größe von 16 bis 1024 an</translation>
    </message>
    <message>
        <source>warning: the weights cover the backbone only in part: %1</source>
        <translation>Warnung: die Gewichte decken das Backbone nur teilweise ab: %1</translation>
    </message>
    <message>
        <source>Pretrain a backbone and save it, without its classifier layer, as OUTPUT.safetensors with a manifest (OUTPUT.json: the command, seed, data and SHA-256). Data: Fashion-MNIST training images of the given classes, or a labelled project.</source>
        <translation>Ein Backbone vortrainieren und ohne seine Klassifikationsschicht als OUTPUT.safetensors mit einem Manifest speichern (OUTPUT.json: Befehl, Startwert, Daten und SHA-256). Daten: Fashion-MNIST-Trainingsbilder der angegebenen Klassen oder ein beschriftetes Projekt.</translation>
    </message>
    <message>
        <source>The .safetensors file to write.</source>
        <translation>Die zu schreibende .safetensors-Datei.</translation>
    </message>
    <message>
        <source>Fashion-MNIST labels to pretrain on, e.g. 0,2,3,4,6,9.</source>
        <translation>Fashion-MNIST-Beschriftungen für das Vortraining, z. B. 0,2,3,4,6,9.</translation>
    </message>
    <message>
        <source>Training images per class (default 1000).</source>
        <translation>Trainingsbilder je Klasse (Standard 1000).</translation>
    </message>
    <message>
        <source>Pretrain on this labelled project instead.</source>
        <translation>Stattdessen auf diesem beschrifteten Projekt vortrainieren.</translation>
    </message>
    <message>
        <source>Keep the Fashion-MNIST project in DIR (default: a temporary folder).</source>
        <translation>Das Fashion-MNIST-Projekt in DIR behalten (Standard: ein temporärer Ordner).</translation>
    </message>
    <message>
        <source>Weights id for the manifest (default: the file&apos;s base name).</source>
        <translation>Gewichts-ID für das Manifest (Standard: der Basisname der Datei).</translation>
    </message>
    <message>
        <source>A one-line description for the manifest.</source>
        <translation>Eine einzeilige Beschreibung für das Manifest.</translation>
    </message>
    <message>
        <source>give either --fashion-mnist LIST or --project DIR</source>
        <translation>geben Sie entweder --fashion-mnist LIST oder --project DIR an</translation>
    </message>
    <message>
        <source>OUTPUT must end in .safetensors</source>
        <translation>OUTPUT muss auf .safetensors enden</translation>
    </message>
    <message>
        <source>--fashion-mnist: &apos;%1&apos; is not a label from 0 to 9</source>
        <translation>--fashion-mnist: &apos;%1&apos; ist keine Beschriftung von 0 bis 9</translation>
    </message>
    <message>
        <source>--per-class: give at least 10</source>
        <translation>--per-class: geben Sie mindestens 10 an</translation>
    </message>
    <message>
        <source>Writing %1 Fashion-MNIST training images per class (%2) to %3 …</source>
        <translation>%1 Fashion-MNIST-Trainingsbilder je Klasse (%2) werden nach %3 geschrieben …</translation>
    </message>
    <message>
        <source>Backbone written: %1 (%2 bytes, SHA-256 %3, best validation accuracy %4 %)</source>
        <translation>Backbone geschrieben: %1 (%2 Bytes, SHA-256 %3, beste Validierungsgenauigkeit %4 %)</translation>
    </message>
    <message>
        <source>Save a finished run&apos;s network, without its classifier layer, as a backbone (.safetensors) other projects can start from.</source>
        <translation>Das Netz eines abgeschlossenen Laufs ohne seine Klassifikationsschicht als Backbone (.safetensors) speichern, von dem andere Projekte ausgehen können.</translation>
    </message>
    <message>
        <source>Keep float32 weights (default: float16, half the size).</source>
        <translation>float32-Gewichte behalten (Standard: float16, halbe Größe).</translation>
    </message>
    <message>
        <source>--output FILE.safetensors is required</source>
        <translation>--output FILE.safetensors ist erforderlich</translation>
    </message>
    <message>
        <source>Backbone of run %1 written (SHA-256 %2); train with --weights %3</source>
        <translation>Backbone von Lauf %1 geschrieben (SHA-256 %2); trainieren mit --weights %3</translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation>%1 wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Find mislabelled images (confident learning on K-fold out-of-sample probabilities), exact and near duplicates (and those across splits), image problems, outliers and small classes.</source>
        <translation>Falsch beschriftete Bilder (Confident Learning auf K-fachen Out-of-Sample-Wahrscheinlichkeiten), exakte und ähnliche Duplikate (auch über Aufteilungen hinweg), Bildprobleme, Ausreißer und kleine Klassen finden.</translation>
    </message>
    <message>
        <source>Cross-validation folds (default 5).</source>
        <translation>Folds der Kreuzvalidierung (Standard 5).</translation>
    </message>
    <message>
        <source>Label-issue ranking: self-confidence (default) or margin.</source>
        <translation>Reihenfolge der Beschriftungsprobleme: self-confidence (Standard) oder margin.</translation>
    </message>
    <message>
        <source>Near duplicates: the cosine similarity of (centred) embeddings that links two images whose perceptual hashes are only loosely alike (default 0.97).</source>
        <translation>Ähnliche Duplikate: die Kosinus-Ähnlichkeit (zentrierter) Embeddings, die zwei Bilder verbindet, deren perzeptuelle Hashes sich nur entfernt ähneln (Standard 0.97).</translation>
    </message>
    <message>
        <source>Near duplicates: the most bits of 64 in which the perceptual hashes of two look-alike images differ (default 4).</source>
        <translation>Ähnliche Duplikate: die höchste Zahl der 64 Bits, in denen sich die perzeptuellen Hashes zweier ähnlicher Bilder unterscheiden dürfen (Standard 4).</translation>
    </message>
    <message>
        <source>Seed of the fold assignment (default 0).</source>
        <translation>Startwert der Fold-Zuordnung (Standard 0).</translation>
    </message>
    <message>
        <source>L2 penalty of the fold heads on standardised embeddings (default %1).</source>
        <translation>L2-Strafterm der Fold-Köpfe auf standardisierten Embeddings (Standard %1).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>--folds: give a number from 2 to 20</source>
        <translation>--folds: geben Sie eine Zahl von 2 bis 20 an</translation>
    </message>
    <message>
        <source>--rank: self-confidence or margin</source>
        <translation>--rank: self-confidence oder margin</translation>
    </message>
    <message>
        <source>--similarity: give a value in (0, 1]</source>
        <translation>--similarity: geben Sie einen Wert in (0, 1] an</translation>
    </message>
    <message>
        <source>--hash-distance: give a number from 0 to 32</source>
        <translation>--hash-distance: geben Sie eine Zahl von 0 bis 32 an</translation>
    </message>
    <message>
        <source>--head-l2: give a value from 0 to 100</source>
        <translation>--head-l2: geben Sie einen Wert von 0 bis 100 an</translation>
    </message>
    <message>
        <source>--seed: give a whole number</source>
        <translation>--seed: geben Sie eine ganze Zahl an</translation>
    </message>
    <message>
        <source>the project has no images</source>
        <translation>das Projekt enthält keine Bilder</translation>
    </message>
    <message>
        <source>doctor: embeddings %1/%2</source>
        <translation>doctor: Embeddings %1/%2</translation>
    </message>
    <message>
        <source>doctor: fold %1/%2</source>
        <translation>doctor: Fold %1/%2</translation>
    </message>
    <message>
        <source>%1: embeddings %2/%3</source>
        <translation>%1: Embeddings %2/%3</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>unbeschriftet</translation>
    </message>
    <message>
        <source>could not encode the picture</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>Suggest classes for the unlabeled images and list them most useful to label first: a softmax head on the labeled images&apos; embeddings scores the rest by the strategy, in diverse batches. With fewer than two classes labeled there is no head yet: typical, diverse images come first (k-means on the embeddings) and &quot;suggested&quot; is null.</source>
        <translation>Klassen für die unbeschrifteten Bilder vorschlagen und sie so auflisten, dass die nützlichsten zuerst beschriftet werden: ein Softmax-Kopf auf den Embeddings der beschrifteten Bilder bewertet die übrigen nach der Strategie, in vielfältigen Batches. Mit weniger als zwei beschrifteten Klassen gibt es noch keinen Kopf: typische, vielfältige Bilder kommen zuerst (k-Means auf den Embeddings) und &quot;suggested&quot; ist null.</translation>
    </message>
    <message>
        <source>margin (default), entropy, least-confidence or random.</source>
        <translation>margin (Standard), entropy, least-confidence oder random.</translation>
    </message>
    <message>
        <source>List at most N images (default: all unlabeled).</source>
        <translation>Höchstens N Bilder auflisten (Standard: alle unbeschrifteten).</translation>
    </message>
    <message>
        <source>Diversity batch: images labeled between retrains (default 20).</source>
        <translation>Vielfalts-Batch: Bilder, die zwischen zwei Neutrainings beschriftet werden (Standard 20).</translation>
    </message>
    <message>
        <source>Seed of the random strategy and the cold start (default 0).</source>
        <translation>Startwert der Zufallsstrategie und des Kaltstarts (Standard 0).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>--strategy: margin, entropy, least-confidence or random</source>
        <translation>--strategy: margin, entropy, least-confidence oder random</translation>
    </message>
    <message>
        <source>--count: give a number of at least 1</source>
        <translation>--count: geben Sie eine Zahl von mindestens 1 an</translation>
    </message>
    <message>
        <source>--batch: give a number from 1 to 1000</source>
        <translation>--batch: geben Sie eine Zahl von 1 bis 1000 an</translation>
    </message>
    <message>
        <source>suggest: skipped %1: %2</source>
        <translation>suggest: %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>suggest: fewer than two classes are labeled, so these are typical, diverse images to label first, without suggestions</source>
        <translation>suggest: weniger als zwei Klassen sind beschriftet, daher sind dies typische, vielfältige Bilder, die zuerst beschriftet werden sollten, ohne Vorschläge</translation>
    </message>
    <message>
        <source>Place every image&apos;s embedding on a 2-D map (UMAP after PCA) and write the coordinates (CSV: image,x,y,label) or a picture of it (PNG).</source>
        <translation>Das Embedding jedes Bildes auf einer 2-D-Karte platzieren (UMAP nach PCA) und die Koordinaten (CSV: image,x,y,label) oder ein Bild davon (PNG) schreiben.</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.png.</source>
        <translation>FILE.csv oder FILE.png.</translation>
    </message>
    <message>
        <source>Neighbours of the graph (default 15).</source>
        <translation>Nachbarn des Graphen (Standard 15).</translation>
    </message>
    <message>
        <source>Seed of the layout (default 0).</source>
        <translation>Startwert des Layouts (Standard 0).</translation>
    </message>
    <message>
        <source>--output: give a .csv or .png file</source>
        <translation>--output: geben Sie eine .csv- oder .png-Datei an</translation>
    </message>
    <message>
        <source>--neighbours: give a number from 2 to 100</source>
        <translation>--neighbours: geben Sie eine Zahl von 2 bis 100 an</translation>
    </message>
    <message>
        <source>map: layout %1/%2</source>
        <translation>map: Layout %1/%2</translation>
    </message>
    <message>
        <source>map: %1, %2 s</source>
        <translation>map: %1, %2 s</translation>
    </message>
    <message>
        <source>The graph takes RGB pixel values 0-255 (float32 NCHW at the model&apos;s input size) and normalises them itself.</source>
        <translation>Der Graph nimmt RGB-Pixelwerte 0-255 (float32 NCHW in der Eingabegröße des Modells) und normalisiert sie selbst.</translation>
    </message>
    <message>
        <source>Do not write the model card (OUTPUT.md).</source>
        <translation>Die Modellkarte (OUTPUT.md) nicht schreiben.</translation>
    </message>
    <message>
        <source>model card: %1</source>
        <translation>Modellkarte: %1</translation>
    </message>
    <message>
        <source>Classify images with an exported model. An image whose calibrated confidence is below the model&apos;s threshold is reported as unknown.</source>
        <translation>Bilder mit einem exportierten Modell klassifizieren. Ein Bild, dessen kalibrierte Konfidenz unter dem Schwellenwert des Modells liegt, wird als unbekannt gemeldet.</translation>
    </message>
    <message>
        <source>Image files, or folders of them (searched recursively).</source>
        <translation>Bilddateien oder Ordner davon (rekursiv durchsucht).</translation>
    </message>
    <message>
        <source>Also write the predictions as CSV to FILE.</source>
        <translation>Die Vorhersagen zusätzlich als CSV nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Unknown below this calibrated confidence, 0-1 (default: the model&apos;s).</source>
        <translation>Unbekannt unter dieser kalibrierten Konfidenz, 0-1 (Standard: der Wert des Modells).</translation>
    </message>
    <message>
        <source>Unknown above this distance from every class, 0-2 (default: the model&apos;s).</source>
        <translation>Unbekannt über diesem Abstand zu jeder Klasse, 0-2 (Standard: der Wert des Modells).</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Kein Fortschritt auf stderr.</translation>
    </message>
    <message>
        <source>hone-cli: warning: %1 holds no image</source>
        <translation>hone-cli: warning: %1 enthält kein Bild</translation>
    </message>
    <message>
        <source>no image to classify</source>
        <translation>kein Bild zu klassifizieren</translation>
    </message>
    <message>
        <source>--threshold must be a number from 0 to 1</source>
        <translation>--threshold muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>--max-distance must be a number from 0 to 2</source>
        <translation>--max-distance muss eine Zahl von 0 bis 2 sein</translation>
    </message>
    <message>
        <source>classified %1 of %2 images</source>
        <translation>%1 von %2 Bildern klassifiziert</translation>
    </message>
    <message>
        <source>unknown (%1?)</source>
        <translation>unbekannt (%1?)</translation>
    </message>
    <message>
        <source>%1 images: %2 known, %3 unknown (confidence below %4 %%5), %6 unreadable</source>
        <translation>%1 Bilder: %2 bekannt, %3 unbekannt (Konfidenz unter %4 %%5), %6 unlesbar</translation>
    </message>
    <message>
        <source> or farther than %1 from every class</source>
        <translation> oder weiter als %1 von jeder Klasse entfernt</translation>
    </message>
    <message>
        <source>Restore the last good version of the project file in DIR when the current one cannot be read. The unreadable file is kept beside it.</source>
        <translation>Die letzte funktionierende Version der Projektdatei in DIR wiederherstellen, wenn die aktuelle nicht gelesen werden kann. Die unlesbare Datei wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>The project file of %1 reads correctly; nothing to recover.</source>
        <translation>Die Projektdatei von %1 ist korrekt lesbar; nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>cannot recover %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>The unreadable file is kept as %1</source>
        <translation>Die unlesbare Datei wird als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>Write a training report (HTML, or PDF when FILE ends in .pdf): configuration, curves, confusion matrix, per-class table and the most confident mistakes, and a data-health section.</source>
        <translation>Einen Trainingsbericht schreiben (HTML, oder PDF, wenn FILE auf .pdf endet): Konfiguration, Kurven, Konfusionsmatrix, Tabelle je Klasse und die sichersten Fehler sowie ein Abschnitt zur Datenqualität.</translation>
    </message>
    <message>
        <source>Leave out the data-health section (a data-doctor scan with the bundled backbone).</source>
        <translation>Den Abschnitt zur Datenqualität weglassen (eine Datendoktor-Prüfung mit dem mitgelieferten Backbone).</translation>
    </message>
    <message>
        <source>warning: no data-health section: %1</source>
        <translation>Warnung: kein Abschnitt zur Datenqualität: %1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>[training options]</source>
        <translation>[Trainingsoptionen]</translation>
    </message>
    <message>
        <source>Training options (%1):</source>
        <translation>Trainingsoptionen (%1):</translation>
    </message>
    <message>
        <source>Exit status and output:</source>
        <translation>Exit-Status und Ausgabe:</translation>
    </message>
    <message>
        <source>&apos;hone-cli COMMAND --help&apos; describes a command and each of its options.</source>
        <translation>&apos;hone-cli COMMAND --help&apos; beschreibt einen Befehl und jede seiner Optionen.</translation>
    </message>
    <message>
        <source>Usage: hone-cli COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Aufruf: hone-cli COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Hone without a window: every step from import to export, for scripts and machines without a display.</source>
        <translation>Hone ohne Fenster: jeder Schritt vom Import bis zum Export, für Skripte und Rechner ohne Bildschirm.</translation>
    </message>
    <message>
        <source>0 success; 1 failure, with &quot;hone-cli: error: ...&quot; on stderr; 2 usage error. --json output goes to stdout alone, so it always parses; progress and messages go to stderr. Without --run, a command uses the latest finished run.</source>
        <translation>0 Erfolg; 1 Fehler, mit &quot;hone-cli: error: ...&quot; auf stderr; 2 Aufruffehler. Die --json-Ausgabe geht allein auf stdout und ist daher immer parsebar; Fortschritt und Meldungen gehen auf stderr. Ohne --run verwendet ein Befehl den letzten abgeschlossenen Lauf.</translation>
    </message>
    <message>
        <source>Checking images: %1/%2</source>
        <translation>Bilder werden geprüft: %1/%2</translation>
    </message>
    <message>
        <source>best validation accuracy %1, epoch %2</source>
        <translation>beste Validierungsgenauigkeit %1, Epoche %2</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>Genauigkeit %1</translation>
    </message>
    <message>
        <source>--image-size: give 32 to 1024 pixels</source>
        <translation>--image-size: 32 bis 1024 Pixel angeben</translation>
    </message>
    <message>
        <source>%1 at %2 px: %3 ms per image to train on %4 (%5 threads)</source>
        <translation>%1 bei %2 px: %3 ms pro Bild für das Training auf %4 (%5 Threads)</translation>
    </message>
    <message>
        <source>Measure how long backbone NAME takes to train on one image on this computer (kept for the GUI&apos;s picker).</source>
        <translation>Misst, wie lange das Backbone NAME auf diesem Computer für das Training mit einem Bild braucht (für die Auswahl in der GUI gespeichert).</translation>
    </message>
    <message>
        <source>With --speed: the input size (default: the size its default weights train at).</source>
        <translation>Mit --speed: die Eingabegröße (Standard: die Größe, mit der seine Standardgewichte trainieren).</translation>
    </message>
</context>
<context>
    <name>Hone::Cli::EmbeddingOptions</name>
    <message>
        <source>Architecture whose embeddings are used (default: the bundled one).</source>
        <translation>Architektur, deren Embeddings verwendet werden (Standard: die mitgelieferte).</translation>
    </message>
    <message>
        <source>default, imagenet, none, a catalog id or a weight file (default: the bundled weights for the bundled backbone, ImageNet for the others).</source>
        <translation>default, imagenet, none, eine Katalog-ID oder eine Gewichtsdatei (Standard: die mitgelieferten Gewichte für das mitgelieferte Backbone, ImageNet für die anderen).</translation>
    </message>
    <message>
        <source>Input size (default: the weights&apos; own).</source>
        <translation>Eingabegröße (Standard: die der Gewichte).</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>unbekanntes Backbone &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--image-size: give a size from 16 to 1024</source>
        <translation>--image-size: geben Sie eine Größe von 16 bis 1024 an</translation>
    </message>
</context>
<context>
    <name>Hone::Cli::TrainingOptions</name>
    <message>
        <source>--%1: &apos;%2&apos; is not understood</source>
        <translation>--%1: &apos;%2&apos; wird nicht verstanden</translation>
    </message>
    <message>
        <source>--freeze: &apos;%1&apos; is not a stage of %2 (%3)</source>
        <translation>--freeze: &apos;%1&apos; ist keine Stufe von %2 (%3)</translation>
    </message>
    <message>
        <source>the project&apos;s default weights (%1) are not for %2: add --weights default, imagenet, none or a file</source>
        <translation>die Standardgewichte des Projekts (%1) sind nicht für %2: geben Sie --weights default, imagenet, none oder eine Datei an</translation>
    </message>
    <message>
        <source>resnet18, resnet34, resnet50, mobilenet_v2, mobilenet_v3_small, mobilenet_v3_large, efficientnet_b0, efficientnet_v2_s, regnet_y_800mf or regnet_y_1_6gf (hone-cli backbones).</source>
        <translation>resnet18, resnet34, resnet50, mobilenet_v2, mobilenet_v3_small, mobilenet_v3_large, efficientnet_b0, efficientnet_v2_s, regnet_y_800mf oder regnet_y_1_6gf (hone-cli backbones).</translation>
    </message>
    <message>
        <source>default (the backbone Hone ships), imagenet (torchvision&apos;s, downloaded once), none, a catalog id (hone-cli backbones), or a weight file (.pth, .safetensors).</source>
        <translation>default (das Backbone, das Hone mitliefert), imagenet (von torchvision, einmal heruntergeladen), none, eine Katalog-ID (hone-cli backbones) oder eine Gewichtsdatei (.pth, .safetensors).</translation>
    </message>
    <message>
        <source>Frozen stages: 0 = train all ... 5 = head only, or the name of the last frozen stage (hone-cli backbones lists them).</source>
        <translation>Eingefrorene Stufen: 0 = alles trainieren ... 5 = nur der Kopf, oder der Name der letzten eingefrorenen Stufe (hone-cli backbones listet sie auf).</translation>
    </message>
    <message>
        <source>fine-tune: epochs of the head alone (default: a fifth).</source>
        <translation>fine-tune: Epochen nur für den Kopf (Standard: ein Fünftel).</translation>
    </message>
    <message>
        <source>fine-tune: rate factor per stage below the head (default 0.5).</source>
        <translation>fine-tune: Ratenfaktor je Stufe unterhalb des Kopfes (Standard 0.5).</translation>
    </message>
    <message>
        <source>Epochs.</source>
        <translation>Epochen.</translation>
    </message>
    <message>
        <source>Batch size, or auto (4 to 32: about 16 steps an epoch; the default).</source>
        <translation>Batchgröße oder auto (4 bis 32: etwa 16 Schritte je Epoche; der Standard).</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>Lernrate.</translation>
    </message>
    <message>
        <source>adamw or sgd.</source>
        <translation>adamw oder sgd.</translation>
    </message>
    <message>
        <source>Nesterov momentum (SGD).</source>
        <translation>Nesterov-Momentum (SGD).</translation>
    </message>
    <message>
        <source>Weight decay (not on biases and norms).</source>
        <translation>Weight Decay (nicht auf Biases und Normschichten).</translation>
    </message>
    <message>
        <source>Weight decay on biases and norms too.</source>
        <translation>Weight Decay auch auf Biases und Normschichten.</translation>
    </message>
    <message>
        <source>Learning-rate schedule: cosine, onecycle, step or constant.</source>
        <translation>Lernraten-Verlauf: cosine, onecycle, step oder constant.</translation>
    </message>
    <message>
        <source>Warm-up epochs (cosine schedule).</source>
        <translation>Aufwärm-Epochen (Verlauf cosine).</translation>
    </message>
    <message>
        <source>Label smoothing, 0 to below 1.</source>
        <translation>Label-Glättung, 0 bis unter 1.</translation>
    </message>
    <message>
        <source>Clip the global gradient norm to X (0 = off).</source>
        <translation>Die globale Gradientennorm auf X begrenzen (0 = aus).</translation>
    </message>
    <message>
        <source>none or balanced (inverse class frequency).</source>
        <translation>none oder balanced (inverse Klassenhäufigkeit).</translation>
    </message>
    <message>
        <source>Stop after N epochs without improvement (0 = off).</source>
        <translation>Nach N Epochen ohne Verbesserung anhalten (0 = aus).</translation>
    </message>
    <message>
        <source>val_accuracy or val_loss: what improves, and which epoch is best.</source>
        <translation>val_accuracy oder val_loss: was sich verbessern muss und welche Epoche die beste ist.</translation>
    </message>
    <message>
        <source>Keep the last epoch&apos;s weights instead of the best epoch&apos;s.</source>
        <translation>Die Gewichte der letzten Epoche statt der besten behalten.</translation>
    </message>
    <message>
        <source>Augmentations, comma-separated: flip, crop, rotate, color, trivial (default: flip).</source>
        <translation>Datenerweiterungen, durch Kommas getrennt: flip, crop, rotate, color, trivial (Standard: flip).</translation>
    </message>
    <message>
        <source>No augmentation at all.</source>
        <translation>Überhaupt keine Datenerweiterung.</translation>
    </message>
    <message>
        <source>Feature cache: random views kept per image when augmenting more than flips (default 4).</source>
        <translation>Merkmals-Cache: zufällige Ansichten, die je Bild aufbewahrt werden, wenn mehr als Spiegelungen erweitert wird (Standard 4).</translation>
    </message>
    <message>
        <source>Run the frozen stages on every batch instead of caching their output.</source>
        <translation>Die eingefrorenen Stufen bei jedem Batch ausführen, statt ihre Ausgabe zwischenzuspeichern.</translation>
    </message>
    <message>
        <source>Input size in pixels.</source>
        <translation>Eingabegröße in Pixeln.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Zufallsstartwert.</translation>
    </message>
    <message>
        <source>CPU threads (0 = all cores).</source>
        <translation>CPU-Threads (0 = alle Kerne).</translation>
    </message>
    <message>
        <source>auto (fp16 mixed precision on CUDA, fp32 on a CPU), fp32, fp16 (CUDA) or bf16 (CUDA, or CPUs with AVX-512 BF16).</source>
        <translation>auto (gemischte FP16-Genauigkeit auf CUDA, fp32 auf einer CPU), fp32, fp16 (CUDA) oder bf16 (CUDA oder CPUs mit AVX-512 BF16).</translation>
    </message>
    <message>
        <source>Channels-last memory format: auto (on CUDA), on or off.</source>
        <translation>Speicherformat Channels-Last: auto (auf CUDA), on oder off.</translation>
    </message>
    <message>
        <source>auto (the default: chosen from the data, see README), custom (train from --freeze on), feature-extraction (the head only) or fine-tune (the head first, then from --freeze on with lower rates for earlier stages).</source>
        <translation>auto (Standard: aus den Daten gewählt, siehe README), custom (ab --freeze trainieren), feature-extraction (nur der Kopf) oder fine-tune (erst der Kopf, dann ab --freeze mit niedrigeren Raten für frühere Stufen).</translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionGallery</name>
    <message>
        <source>%1 predicted as %2</source>
        <translation>%1 vorhergesagt als %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of class %1 predicted as %2, most confident first. Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); double-click to open an image in the Dataset view.</source>
        <translation>
            <numerusform>%n Bild der Klasse %1, vorhergesagt als %2. 1–9 gibt den ausgewählten Bildern eine Klasse, 0 entfernt sie (Bearbeiten › Rückgängig nimmt es zurück); Doppelklick öffnet ein Bild in der Datensatzansicht.</numerusform>
            <numerusform>%n Bilder der Klasse %1, vorhergesagt als %2, die sichersten zuerst. 1–9 gibt den ausgewählten Bildern eine Klasse, 0 entfernt sie (Bearbeiten › Rückgängig nimmt es zurück); Doppelklick öffnet ein Bild in der Datensatzansicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionMatrixWidget</name>
    <message>
        <source>The confusion matrix appears after the first validation pass.</source>
        <translation>Die Konfusionsmatrix erscheint nach der ersten Validierung.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>wahre Klasse</translation>
    </message>
    <message>
        <source>Click a cell to see its images</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Bilder zu sehen</translation>
    </message>
    <message numerus="yes">
        <source>%1 predicted as %2: %n image(s), %3 % of the class. Click to see them.</source>
        <translation>
            <numerusform>%1 vorhergesagt als %2: %n Bild, %3 % der Klasse. Klicken zeigt es.</numerusform>
            <numerusform>%1 vorhergesagt als %2: %n Bilder, %3 % der Klasse. Klicken zeigt sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::CrossValidation</name>
    <message>
        <source>no labelled images: label issues need labels to check</source>
        <translation>keine beschrifteten Bilder: die Prüfung auf Beschriftungsprobleme braucht Beschriftungen</translation>
    </message>
    <message>
        <source>no class has two labelled images: label issues need at least two per class</source>
        <translation>keine Klasse hat zwei beschriftete Bilder: die Prüfung auf Beschriftungsprobleme braucht mindestens zwei je Klasse</translation>
    </message>
    <message>
        <source>%1 folds instead of %2: the smallest class has %3 images</source>
        <translation>%1 Folds statt %2: die kleinste Klasse hat %3 Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) with a single image not scored: no model can learn a class from the image it judges</source>
        <translation>
            <numerusform>%n Klasse mit nur einem Bild nicht bewertet: kein Modell kann eine Klasse aus dem Bild lernen, das es beurteilt</numerusform>
            <numerusform>%n Klassen mit nur einem Bild nicht bewertet: kein Modell kann eine Klasse aus dem Bild lernen, das es beurteilt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DataDoctor</name>
    <message>
        <source>no labelled images: the model cannot learn this class; label some or remove the class</source>
        <translation>keine beschrifteten Bilder: das Modell kann diese Klasse nicht lernen; beschriften Sie einige oder entfernen Sie die Klasse</translation>
    </message>
    <message>
        <source>%1× fewer images than the median class (%2): training sees it rarely, so the model leans towards the larger classes and its accuracy on this one is the least certain. Label more of it, or train with class weights (balanced).</source>
        <translation>%1× weniger Bilder als der Median der Klassen (%2): das Training sieht sie selten, daher neigt das Modell zu den größeren Klassen, und seine Genauigkeit für diese Klasse ist am unsichersten. Beschriften Sie mehr davon oder trainieren Sie mit Klassengewichten (balanced).</translation>
    </message>
    <message>
        <source>Scanned %1 images (%2 labelled) with %3 in %4 s; %5 folds.</source>
        <translation>%1 Bilder (%2 beschriftet) mit %3 in %4 s geprüft; %5 Folds.</translation>
    </message>
    <message>
        <source>Label issues: %1</source>
        <translation>Beschriftungsprobleme: %1</translation>
    </message>
    <message>
        <source>  %1: labelled %2, looks like %3 (score %4)</source>
        <translation>  %1: beschriftet als %2, sieht aus wie %3 (Wert %4)</translation>
    </message>
    <message>
        <source>Duplicate groups: %1 (%2 across splits)</source>
        <translation>Duplikatgruppen: %1 (%2 über Aufteilungen hinweg)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>near</source>
        <translation>ähnlich</translation>
    </message>
    <message>
        <source>, across splits</source>
        <translation>, über Aufteilungen hinweg</translation>
    </message>
    <message>
        <source>Image problems: %1</source>
        <translation>Bildprobleme: %1</translation>
    </message>
    <message>
        <source>Outliers: %1</source>
        <translation>Ausreißer: %1</translation>
    </message>
    <message>
        <source>Small class %1 (%2 images): %3</source>
        <translation>Kleine Klasse %1 (%2 Bilder): %3</translation>
    </message>
    <message>
        <source>Unreadable images: %1</source>
        <translation>Unlesbare Bilder: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) checked earlier and not shown</source>
        <translation>
            <numerusform>%n früher geprüfter Befund nicht gezeigt</numerusform>
            <numerusform>%n früher geprüfte Befunde nicht gezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DatasetWorkspace</name>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Import Images</source>
        <translation>Bilder importieren</translation>
    </message>
    <message>
        <source>No class %1: add classes in the class panel first</source>
        <translation>Keine Klasse %1: zuerst Klassen in der Klassenliste anlegen</translation>
    </message>
    <message>
        <source>Importing images…</source>
        <translation>Bilder werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n image(s)</source>
        <translation>
            <numerusform>%n Bild importiert</numerusform>
            <numerusform>%n Bilder importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n Duplikat übersprungen</numerusform>
            <numerusform>, %n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>Alle Aufteilungen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>the test split (noun), beside Training and Validation</extracomment>
        <translation>Test</translation>
    </message>
    <message>
        <source>No split</source>
        <translation>Ohne Aufteilung</translation>
    </message>
    <message>
        <source>Filter by file name…</source>
        <translation>Nach Dateiname filtern…</translation>
    </message>
    <message>
        <source>Import &amp;Images or CSV…</source>
        <translation>B&amp;ilder oder CSV importieren…</translation>
    </message>
    <message>
        <source>Images and label files (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)</source>
        <translation>Bilder und Beschriftungsdateien (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)</translation>
    </message>
    <message>
        <source>Off: images stay where they are and the project refers to them.</source>
        <translation>Aus: Bilder bleiben, wo sie sind, und das Projekt verweist auf sie.</translation>
    </message>
    <message>
        <source>&amp;Split Dataset…</source>
        <translation>Datensatz &amp;aufteilen…</translation>
    </message>
    <message>
        <source>&amp;Next Unlabeled Image</source>
        <translation>&amp;Nächstes unbeschriftetes Bild</translation>
    </message>
    <message>
        <source>Every image here is labeled</source>
        <translation>Alle Bilder hier sind beschriftet</translation>
    </message>
    <message>
        <source>Move to &amp;Training Split</source>
        <translation>In die &amp;Trainingsmenge verschieben</translation>
    </message>
    <message>
        <source>Move to &amp;Validation Split</source>
        <translation>In die &amp;Validierungsmenge verschieben</translation>
    </message>
    <message>
        <source>Move to T&amp;est Split</source>
        <translation>In die T&amp;estmenge verschieben</translation>
    </message>
    <message>
        <source>&amp;Remove from Splits</source>
        <translation>Aus den Aufteilungen ent&amp;fernen</translation>
    </message>
    <message>
        <source>Export Dataset as &amp;Folders…</source>
        <translation>Datensatz als &amp;Ordner exportieren…</translation>
    </message>
    <message>
        <source>Export Dataset as &amp;CSV…</source>
        <translation>Datensatz als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Unbeschriftet</translation>
    </message>
    <message>
        <source>Split the labeled images per class</source>
        <translation>Beschriftete Bilder je Klasse aufgeteilt</translation>
    </message>
    <message>
        <source>Export Dataset as CSV</source>
        <translation>Datensatz als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Dataset into an Empty Folder</source>
        <translation>Datensatz in einen leeren Ordner exportieren</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <source>Put the classes under train/, val/ and test/ folders?</source>
        <translation>Klassen unter train/, val/ und test/ ablegen?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1</source>
        <translation>
            <numerusform>%n Bild nach %1 exportiert</numerusform>
            <numerusform>%n Bilder nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>How the Label next queue ranks unlabeled images</source>
        <translation>Wie die Beschriftungswarteschlange unbeschriftete Bilder ordnet</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <source>Least confidence</source>
        <translation>Geringste Konfidenz</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Suggest classes for unlabeled images with a head trained on the labeled ones; it retrains in the background as you label.</source>
        <translation>Klassen für unbeschriftete Bilder mit einem Kopf vorschlagen, der auf den beschrifteten trainiert wird; er wird im Hintergrund neu trainiert, während Sie beschriften.</translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Label</source>
        <translation>Vorgeschlagene Beschriftung &amp;übernehmen</translation>
    </message>
    <message>
        <source>No suggestion to accept here</source>
        <translation>Hier gibt es keinen Vorschlag zu übernehmen</translation>
    </message>
    <message>
        <source>Accept Suggestions</source>
        <translation>Vorschläge übernehmen</translation>
    </message>
    <message>
        <source>Accept every suggested label at or above this confidence (%):</source>
        <translation>Jede vorgeschlagene Beschriftung ab dieser Konfidenz übernehmen (%):</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggested label(s) (undo reverts them all)</source>
        <translation>
            <numerusform>%n vorgeschlagene Beschriftung übernommen (Rückgängig nimmt sie zurück)</numerusform>
            <numerusform>%n vorgeschlagene Beschriftungen übernommen (Rückgängig nimmt alle zurück)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label Next Queue</source>
        <translation>&amp;Beschriftungswarteschlange</translation>
    </message>
    <message>
        <source>Show only unlabeled images, the ones whose labels teach the model most first</source>
        <translation>Nur unbeschriftete Bilder zeigen, zuerst die, deren Beschriftungen dem Modell am meisten beibringen</translation>
    </message>
    <message>
        <source>Nothing left to label</source>
        <translation>Nichts mehr zu beschriften</translation>
    </message>
    <message>
        <source>%1? %2 % — Enter accepts</source>
        <translation>%1? %2 % — Enter übernimmt</translation>
    </message>
    <message>
        <source>C&amp;opy Imported Images into the Project</source>
        <translation>Importierte Bilder ins Projekt &amp;kopieren</translation>
    </message>
    <message>
        <source>Show Su&amp;ggested Labels</source>
        <translation>Vorgeschlagene Beschriftungen &amp;zeigen</translation>
    </message>
    <message>
        <source>Accept All Suggestions A&amp;bove…</source>
        <translation>Alle Vorschläge ober&amp;halb übernehmen…</translation>
    </message>
    <message>
        <source>Ne&amp;xt in Label Queue</source>
        <translation>Nächstes in der &amp;Warteschlange</translation>
    </message>
</context>
<context>
    <name>Hone::DoctorFindingsModel</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Given label</source>
        <translation>Gegebene Beschriftung</translation>
    </message>
    <message>
        <source>Suggested label</source>
        <translation>Vorgeschlagene Beschriftung</translation>
    </message>
    <message>
        <source>Label quality</source>
        <translation>Beschriftungsqualität</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Kind / label</source>
        <translation>Art / Beschriftung</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Leak</source>
        <translation>Leck</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Outlier score</source>
        <translation>Ausreißerwert</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Effect on training</source>
        <translation>Wirkung auf das Training</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>unbeschriftet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates (%n image(s))</source>
        <translation>
            <numerusform>Exakte Duplikate (%n Bild)</numerusform>
            <numerusform>Exakte Duplikate (%n Bilder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near duplicates (%n image(s))</source>
        <translation>
            <numerusform>Ähnliche Duplikate (%n Bild)</numerusform>
            <numerusform>Ähnliche Duplikate (%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>near</source>
        <translation>ähnlich</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>Leck</translation>
    </message>
    <message>
        <source>no longer leaking</source>
        <translation>kein Leck mehr</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>dunkel</translation>
    </message>
    <message>
        <source>overexposed</source>
        <translation>überbelichtet</translation>
    </message>
    <message>
        <source>blurry</source>
        <translation>unscharf</translation>
    </message>
    <message>
        <source>low information</source>
        <extracomment>an image that is nearly flat: almost one grey level</extracomment>
        <translation>wenig Information</translation>
    </message>
    <message>
        <source>odd size</source>
        <extracomment>an image whose size or aspect ratio is unusual among the dataset&apos;s images</extracomment>
        <translation>ungewöhnliche Größe</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the problems of one image</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Split</source>
        <comment>noun: train, val or test</comment>
        <translation>Aufteilung</translation>
    </message>
</context>
<context>
    <name>Hone::DoctorWorkspace</name>
    <message>
        <source>Label issues (%1)</source>
        <translation>Beschriftungsprobleme (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplikate (%1)</translation>
    </message>
    <message>
        <source>Leakage (%1)</source>
        <translation>Datenlecks (%1)</translation>
    </message>
    <message>
        <source>Image problems (%1)</source>
        <translation>Bildprobleme (%1)</translation>
    </message>
    <message>
        <source>Outliers (%1)</source>
        <translation>Ausreißer (%1)</translation>
    </message>
    <message>
        <source>Small classes (%1)</source>
        <translation>Kleine Klassen (%1)</translation>
    </message>
    <message>
        <source>Unreadable (%1)</source>
        <translation>Unlesbar (%1)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Neu trainieren</translation>
    </message>
    <message>
        <source>Look for mislabelled images, duplicates, leakage across splits and image problems</source>
        <translation>Nach falsch beschrifteten Bildern, Duplikaten, Datenlecks zwischen Aufteilungen und Bildproblemen suchen</translation>
    </message>
    <message>
        <source>Scan the project (%1)</source>
        <translation>Das Projekt prüfen (%1)</translation>
    </message>
    <message>
        <source>The network whose embeddings the scan compares</source>
        <translation>Das Netz, dessen Embeddings die Prüfung vergleicht</translation>
    </message>
    <message>
        <source>Cross-validation folds: each image is judged by a model that never saw it</source>
        <translation>Folds der Kreuzvalidierung: jedes Bild wird von einem Modell beurteilt, das es nie gesehen hat</translation>
    </message>
    <message>
        <source>Self-confidence</source>
        <translation>Eigenkonfidenz</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>How label issues are ranked: the probability of the given label, or its margin over the most likely other class</source>
        <translation>Wie Beschriftungsprobleme geordnet werden: nach der Wahrscheinlichkeit der gegebenen Beschriftung oder ihrem Abstand zur wahrscheinlichsten anderen Klasse</translation>
    </message>
    <message>
        <source>Train again with the current settings on the fixed dataset</source>
        <translation>Mit den aktuellen Einstellungen erneut auf dem bereinigten Datensatz trainieren</translation>
    </message>
    <message>
        <source>Scan to find mislabelled images, duplicates (and those that leak across splits), image problems, outliers and small classes.</source>
        <translation>Prüfen Sie das Projekt, um falsch beschriftete Bilder, Duplikate (und solche, die über Aufteilungen hinweg durchsickern), Bildprobleme, Ausreißer und kleine Klassen zu finden.</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>Backbone:</translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation>Folds:</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>Ordnen nach:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; accept the suggested label · &lt;b&gt;1–9&lt;/b&gt; label with class 1–9 · &lt;b&gt;Space&lt;/b&gt; or &lt;b&gt;C&lt;/b&gt; checked, not an issue · &lt;b&gt;K&lt;/b&gt; keep this duplicate, remove the others · &lt;b&gt;S&lt;/b&gt; one split for the group · &lt;b&gt;Delete&lt;/b&gt; remove the image · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation>&lt;b&gt;Enter&lt;/b&gt; vorgeschlagene Beschriftung übernehmen · &lt;b&gt;1–9&lt;/b&gt; mit Klasse 1–9 beschriften · &lt;b&gt;Space&lt;/b&gt; oder &lt;b&gt;C&lt;/b&gt; geprüft, kein Problem · &lt;b&gt;K&lt;/b&gt; dieses Duplikat behalten, die anderen entfernen · &lt;b&gt;S&lt;/b&gt; eine Aufteilung für die Gruppe · &lt;b&gt;Delete&lt;/b&gt; das Bild entfernen · &lt;b&gt;Ctrl+Z&lt;/b&gt; rückgängig</translation>
    </message>
    <message>
        <source>random weights</source>
        <translation>zufällige Gewichte</translation>
    </message>
    <message>
        <source>bundled weights (%1)</source>
        <translation>mitgelieferte Gewichte (%1)</translation>
    </message>
    <message>
        <source>The project has no images to scan.</source>
        <translation>Das Projekt enthält keine Bilder zum Prüfen.</translation>
    </message>
    <message>
        <source>Cannot scan: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>The %1 weights are not on this computer yet: download them in the Train workspace (Backbone), or choose another backbone.</source>
        <translation>Die %1-Gewichte sind noch nicht auf diesem Computer: laden Sie sie in der Trainingsansicht (Backbone) herunter oder wählen Sie ein anderes Backbone.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n image(s) with %1…</source>
        <translation>
            <numerusform>%n Bild wird mit %1 geprüft…</numerusform>
            <numerusform>%n Bilder werden mit %1 geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Embedding %1/%2</source>
        <translation>Embedding %1/%2</translation>
    </message>
    <message>
        <source>Fold %1/%2</source>
        <translation>Fold %1/%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Scan failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n image(s) with %1 in %2 s, %3 folds.</source>
        <translation>
            <numerusform>%n Bild mit %1 in %2 s geprüft, %3 Folds.</numerusform>
            <numerusform>%n Bilder mit %1 in %2 s geprüft, %3 Folds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) checked earlier are left out.</source>
        <translation>
            <numerusform>%n früher geprüfter Befund wird ausgelassen.</numerusform>
            <numerusform>%n früher geprüfte Befunde werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data doctor: %1</source>
        <translation>Datendoktor: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Scan for &amp;Problems</source>
        <translation>Nach Problemen &amp;suchen</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingMap</name>
    <message>
        <source>UMAP (%1 neighbours) on the first %2 principal axes of the centred embeddings, started from the first two</source>
        <translation>UMAP (%1 Nachbarn) auf den ersten %2 Hauptachsen der zentrierten Embeddings, ausgehend von den ersten beiden</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingMapView</name>
    <message>
        <source>No map yet</source>
        <translation>Noch keine Karte</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingPass</name>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>unbekanntes Backbone &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the backbone returned embeddings of an unexpected size</source>
        <translation>das Backbone lieferte Embeddings unerwarteter Größe</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>die Datei fehlt</translation>
    </message>
</context>
<context>
    <name>Hone::EvaluateWorkspace</name>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>A finished training run</source>
        <translation>Ein abgeschlossener Trainingslauf</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>the test split (noun), beside Validation</extracomment>
        <translation>Test</translation>
    </message>
    <message>
        <source>Write an HTML or PDF report: configuration, curves, confusion matrix, per-class table and the most confident mistakes</source>
        <translation>Einen HTML- oder PDF-Bericht schreiben: Einstellungen, Kurven, Konfusionsmatrix, Tabelle je Klasse und die sichersten Fehler</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Wahre Klasse</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>Vorhergesagt als</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Double-click a pair to see its images</source>
        <translation>Doppelklick auf ein Paar zeigt seine Bilder</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>&amp;Aufteilung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per class&lt;/b&gt; (click a header to sort)</source>
        <translation>&lt;b&gt;Je Klasse&lt;/b&gt; (Klick auf eine Spaltenüberschrift sortiert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Most confused pairs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Am häufigsten verwechselte Paare&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Misclassified, most confident first&lt;/b&gt;</source>
        <translation>&lt;b&gt;Falsch erkannt, die sichersten zuerst&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 · best %3 %</source>
        <translation>%1 · %2 · beste %3 %</translation>
    </message>
    <message>
        <source>Cannot evaluate: %1</source>
        <translation>Auswertung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating run %1 on %n image(s)…</source>
        <translation>
            <numerusform>Lauf %1 wird auf %n Bild ausgewertet…</numerusform>
            <numerusform>Lauf %1 wird auf %n Bildern ausgewertet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>Auswertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run %1 on the %2 split: %3 % accuracy</source>
        <translation>Lauf %1 auf der Aufteilung %2: %3 % Genauigkeit</translation>
    </message>
    <message>
        <source>No finished run yet: train a model first.</source>
        <translation>Noch kein abgeschlossener Lauf: Trainieren Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>, top-%1 &lt;b&gt;%2 %&lt;/b&gt;</source>
        <translation>, Top-%1 &lt;b&gt;%2 %&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source> (%n image(s) skipped)</source>
        <translation>
            <numerusform> (%n Bild übersprungen)</numerusform>
            <numerusform> (%n Bilder übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>No image was confused.</source>
        <translation>Kein Bild wurde verwechselt.</translation>
    </message>
    <message>
        <source>run %1, %2 split</source>
        <translation>Lauf %1, Aufteilung %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s). Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); Enter opens an image in the Dataset view.</source>
        <translation>
            <numerusform>%n Fehler. 1–9 gibt den ausgewählten Bildern eine Klasse, 0 entfernt sie (Bearbeiten › Rückgängig nimmt es zurück); Eingabe öffnet ein Bild in der Datensatzansicht.</numerusform>
            <numerusform>%n Fehler. 1–9 gibt den ausgewählten Bildern eine Klasse, 0 entfernt sie (Bearbeiten › Rückgängig nimmt es zurück); Eingabe öffnet ein Bild in der Datensatzansicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML file (*.html);;PDF document (*.pdf)</source>
        <translation>HTML-Datei (*.html);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written:
%1</source>
        <translation>Der Bericht konnte nicht geschrieben werden:
%1</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>Bericht nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Evaluate the run on the split (F5)</source>
        <translation>Den Lauf auf der Aufteilung auswerten (F5)</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>La&amp;uf:</translation>
    </message>
    <message>
        <source>The project&apos;s images changed since the evaluation: press Evaluate (F5) again.</source>
        <translation>Die Bilder des Projekts haben sich seit der Auswertung geändert: Drücken Sie erneut Auswerten (F5).</translation>
    </message>
    <message>
        <source>Choose a run and a split, then press Evaluate (F5).</source>
        <translation>Wählen Sie einen Lauf und eine Aufteilung und drücken Sie dann Auswerten (F5).</translation>
    </message>
    <message>
        <source>The %1 most confident are shown.</source>
        <translation>Die %1 sichersten werden gezeigt.</translation>
    </message>
    <message>
        <source>This run has no calibration (trained by an earlier version).</source>
        <translation>Dieser Lauf hat keine Kalibrierung (mit einer früheren Version trainiert).</translation>
    </message>
    <message>
        <source>No temperature fitted: %1.</source>
        <translation>Keine Temperatur angepasst: %1.</translation>
    </message>
    <message numerus="yes">
        <source>T fitted on %n validation image(s).</source>
        <translation>
            <numerusform>T angepasst auf %n Validierungsbild.</numerusform>
            <numerusform>T angepasst auf %n Validierungsbildern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run &lt;b&gt;%1&lt;/b&gt; on the &lt;b&gt;%2&lt;/b&gt; split: %n image(s), accuracy &lt;b&gt;%3 %&lt;/b&gt; (95 % CI %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>
            <numerusform>Lauf &lt;b&gt;%1&lt;/b&gt; auf der Aufteilung &lt;b&gt;%2&lt;/b&gt;: %n Bild, Genauigkeit &lt;b&gt;%3 %&lt;/b&gt; (95-%-KI %4–%5 %), Makro-F1 &lt;b&gt;%6&lt;/b&gt;</numerusform>
            <numerusform>Lauf &lt;b&gt;%1&lt;/b&gt; auf der Aufteilung &lt;b&gt;%2&lt;/b&gt;: %n Bilder, Genauigkeit &lt;b&gt;%3 %&lt;/b&gt; (95-%-KI %4–%5 %), Makro-F1 &lt;b&gt;%6&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::GradCamView</name>
    <message>
        <source>&amp;Heat map</source>
        <translation>&amp;Wärmebild</translation>
    </message>
    <message>
        <source>Blend the Grad-CAM heat map over the image: red where the evidence for the class lies</source>
        <translation>Das Grad-CAM-Wärmebild über das Bild legen: rot, wo die Hinweise auf die Klasse liegen</translation>
    </message>
    <message>
        <source>The class whose evidence is shown</source>
        <translation>Die Klasse, deren Hinweise gezeigt werden</translation>
    </message>
    <message>
        <source>Explain:</source>
        <translation>Erklären:</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>Vorhergesagte Klasse</translation>
    </message>
    <message>
        <source>Select an image to see where the model looks.</source>
        <translation>Wählen Sie ein Bild, um zu sehen, wohin das Modell schaut.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1: evidence for &lt;b&gt;%2&lt;/b&gt; (probability %3 %).</source>
        <translation>%1: Hinweise auf &lt;b&gt;%2&lt;/b&gt; (Wahrscheinlichkeit %3 %).</translation>
    </message>
    <message>
        <source>Labelled %1 (probability %2 %).</source>
        <translation>Beschriftet als %1 (Wahrscheinlichkeit %2 %).</translation>
    </message>
    <message>
        <source>Map resolution %1 × %2, the network&apos;s last stage.</source>
        <translation>Auflösung der Karte %1 × %2, die letzte Stufe des Netzes.</translation>
    </message>
</context>
<context>
    <name>Hone::ImageGridDelegate</name>
    <message>
        <source>unlabeled</source>
        <translation>unbeschriftet</translation>
    </message>
</context>
<context>
    <name>Hone::ImageGridModel</name>
    <message>
        <source>%1
class: %2
split: %3</source>
        <translation>%1
Klasse: %2
Aufteilung: %3</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>unbeschriftet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Hone::LabelAssistant</name>
    <message>
        <source>the trunk of run %1</source>
        <translation>der Rumpf von Lauf %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions: reading %n image(s)…</source>
        <translation>
            <numerusform>Vorschläge: %n Bild wird gelesen…</numerusform>
            <numerusform>Vorschläge: %n Bilder werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions unavailable: %1</source>
        <translation>Vorschläge nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Suggestions: embedding %1 of %2 images…</source>
        <translation>Vorschläge: Embeddings für %1 von %2 Bildern…</translation>
    </message>
    <message>
        <source>Label next: typical, diverse images first; suggestions start once two classes have labels</source>
        <translation>Beschriftungswarteschlange: typische, vielfältige Bilder zuerst; Vorschläge beginnen, sobald zwei Klassen Beschriftungen haben</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions from %n label(s) on the features of %1 (queue: %2; refreshed in %3 s)</source>
        <translation>
            <numerusform>Vorschläge aus %n Beschriftung auf den Merkmalen von %1 (Warteschlange: %2; aktualisiert in %3 s)</numerusform>
            <numerusform>Vorschläge aus %n Beschriftungen auf den Merkmalen von %1 (Warteschlange: %2; aktualisiert in %3 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::LrFinderDialog</name>
    <message>
        <source>Find a Learning Rate</source>
        <translation>Lernrate finden</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>Verlust (geglättet)</translation>
    </message>
    <message>
        <source>batch %v of %m</source>
        <translation>Batch %v von %m</translation>
    </message>
    <message>
        <source>Training a throw-away copy of the model while the learning rate grows from %1 to %2…</source>
        <translation>Eine Wegwerfkopie des Modells wird trainiert, während die Lernrate von %1 auf %2 wächst…</translation>
    </message>
    <message>
        <source>&amp;Use This Rate</source>
        <translation>Diese Rate &amp;verwenden</translation>
    </message>
    <message>
        <source>The range test did not finish: %1</source>
        <translation>Der Bereichstest wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Suggested learning rate: &lt;b&gt;%1&lt;/b&gt;, where the loss fell fastest (%2 batches; %3).</source>
        <translation>Vorgeschlagene Lernrate: &lt;b&gt;%1&lt;/b&gt;, wo der Verlust am schnellsten fiel (%2 Batches; %3).</translation>
    </message>
    <message>
        <source>stopped when the loss diverged</source>
        <translation>angehalten, als der Verlust divergierte</translation>
    </message>
    <message>
        <source>the whole range</source>
        <translation>der ganze Bereich</translation>
    </message>
</context>
<context>
    <name>Hone::MainWindow</name>
    <message>
        <source>&amp;Dataset</source>
        <translation>Dat&amp;ensatz</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <source>Could not save the project: %1</source>
        <translation>Das Projekt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Your changes are kept in memory; Hone tries again with the next change.</source>
        <translation>Das Projekt konnte nicht gespeichert werden:
%1

Ihre Änderungen bleiben im Speicher; Hone versucht es mit der nächsten Änderung erneut.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>New Project Folder</source>
        <translation>Ordner für neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>The project could not be opened:
%1</source>
        <translation>Das Projekt konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n image(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Bild</numerusform>
            <numerusform>%1 geöffnet: %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>%1%2 — Hone</source>
        <translation>%1%2 — Hone</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Training is running. Stop it and quit? The run is saved as stopped.</source>
        <translation>Das Training läuft. Anhalten und beenden? Der Lauf wird als angehalten gespeichert.</translation>
    </message>
    <message>
        <source>Stop training first.</source>
        <translation>Beenden Sie zuerst das Training.</translation>
    </message>
    <message>
        <source>Wait until the import has finished.</source>
        <translation>Warten Sie, bis der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Free some space or fix the folder&apos;s permissions and retry, or discard the unsaved changes.</source>
        <translation>Das Projekt konnte nicht gespeichert werden:
%1

Schaffen Sie Platz oder korrigieren Sie die Zugriffsrechte und versuchen Sie es erneut, oder verwerfen Sie die ungespeicherten Änderungen.</translation>
    </message>
    <message>
        <source>Wait until the import has finished, or cancel it.</source>
        <translation>Warten Sie, bis der Import abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <source>Wait until the evaluation has finished.</source>
        <translation>Warten Sie, bis die Auswertung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>D&amp;octor</source>
        <translation>D&amp;oktor</translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>Wait until the scan has finished, or cancel it.</source>
        <translation>Warten Sie, bis die Prüfung abgeschlossen ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>The project file cannot be read:
%1

Restore the last good version? The unreadable file is kept beside it.</source>
        <translation>Die Projektdatei kann nicht gelesen werden:
%1

Die letzte funktionierende Version wiederherstellen? Die unlesbare Datei wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>The project could not be restored:
%1</source>
        <translation>Das Projekt konnte nicht wiederhergestellt werden:
%1</translation>
    </message>
    <message>
        <source>Restored the last good version of the project file; the unreadable one is kept as %1</source>
        <translation>Die letzte funktionierende Version der Projektdatei wurde wiederhergestellt; die unlesbare wird als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>%1 is read-only. You can look at the project, but changes cannot be saved.</source>
        <translation>%1 ist schreibgeschützt. Sie können sich das Projekt ansehen, aber Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Data&amp;set</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hone</source>
        <translation>Ü&amp;ber Hone</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>About Hone</source>
        <translation>Über Hone</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hone %1&lt;/h3&gt;&lt;p&gt;A workbench for transfer learning on small image datasets: label, train, inspect and export image classifiers.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hone %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für Transfer Learning auf kleinen Bilddatensätzen: Bildklassifikatoren beschriften, trainieren, untersuchen und exportieren.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Hone::MapWorkspace</name>
    <message>
        <source>&amp;Compute Map</source>
        <translation>Karte &amp;erstellen</translation>
    </message>
    <message>
        <source>Colour by label</source>
        <translation>Nach Beschriftung färben</translation>
    </message>
    <message>
        <source>Colour by suggestion</source>
        <translation>Nach Vorschlag färben</translation>
    </message>
    <message>
        <source>Colour by split</source>
        <translation>Nach Aufteilung färben</translation>
    </message>
    <message>
        <source>Colour by doctor&apos;s findings</source>
        <translation>Nach Befunden des Doktors färben</translation>
    </message>
    <message>
        <source>Place every image on the map again from its embedding</source>
        <translation>Jedes Bild anhand seines Embeddings neu auf der Karte platzieren</translation>
    </message>
    <message>
        <source>Drag to draw a lasso (Shift adds, Ctrl removes) · 1–9 label the selection, 0 clears · click opens an image · wheel zooms, right-drag pans, double-click shows all</source>
        <translation>Ziehen zeichnet ein Lasso (Shift fügt hinzu, Ctrl entfernt) · 1–9 beschriften die Auswahl, 0 entfernt die Beschriftung · Klick öffnet ein Bild · Mausrad zoomt, Ziehen mit rechter Maustaste verschiebt, Doppelklick zeigt alles</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected on the map: 1–9 label them</source>
        <translation>
            <numerusform>%n Bild auf der Karte ausgewählt: 1–9 beschriften es</numerusform>
            <numerusform>%n Bilder auf der Karte ausgewählt: 1–9 beschriften sie</numerusform>
        </translation>
    </message>
    <message>
        <source>The map is made from the images&apos; embeddings: switch on Dataset ▸ Show Suggested Labels to compute them.</source>
        <translation>Die Karte entsteht aus den Embeddings der Bilder: schalten Sie Datensatz ▸ Vorgeschlagene Beschriftungen zeigen ein, um sie zu berechnen.</translation>
    </message>
    <message>
        <source>Waiting for the images&apos; embeddings…</source>
        <translation>Warten auf die Embeddings der Bilder…</translation>
    </message>
    <message numerus="yes">
        <source>Placing %n image(s)…</source>
        <translation>
            <numerusform>%n Bild wird platziert…</numerusform>
            <numerusform>%n Bilder werden platziert…</numerusform>
        </translation>
    </message>
    <message>
        <source>The map could not be computed: %1</source>
        <translation>Die Karte konnte nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from %1 embeddings in %2 s: %3</source>
        <translation>
            <numerusform>%n Bild aus %1-Embeddings in %2 s: %3</numerusform>
            <numerusform>%n Bilder aus %1-Embeddings in %2 s: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>unbeschriftet</translation>
    </message>
    <message>
        <source>(pale: suggested, not labeled)</source>
        <translation>(blass: vorgeschlagen, nicht beschriftet)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>ohne Aufteilung</translation>
    </message>
    <message>
        <source>label issue</source>
        <translation>Beschriftungsproblem</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>image problem</source>
        <translation>Bildproblem</translation>
    </message>
    <message>
        <source>(no scan yet: run the Doctor)</source>
        <translation>(noch keine Prüfung: starten Sie den Doktor)</translation>
    </message>
    <message>
        <source>No class %1</source>
        <translation>Keine Klasse %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared the labels of %n image(s)</source>
        <translation>
            <numerusform>Beschriftung von %n Bild entfernt</numerusform>
            <numerusform>Beschriftungen von %n Bildern entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labeled %n image(s) as %1</source>
        <translation>
            <numerusform>%n Bild als %1 beschriftet</numerusform>
            <numerusform>%n Bilder als %1 beschriftet</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabeled (suggested: %1, %2 %)</source>
        <translation>unbeschriftet (Vorschlag: %1, %2 %)</translation>
    </message>
</context>
<context>
    <name>Hone::PredictionBars</name>
    <message>
        <source>&lt;1 %</source>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <source>&gt;99 %</source>
        <translation>&gt;99 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Hone::PredictionGallery</name>
    <message>
        <source>%1 → %2  %3 %</source>
        <translation>%1 → %2  %3 %</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>jetzt: %1</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>unbeschriftet</translation>
    </message>
    <message>
        <source>The project&apos;s images changed since these predictions were made: evaluate again to see them.</source>
        <translation>Die Bilder des Projekts haben sich seit diesen Vorhersagen geändert: Werten Sie erneut aus, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>Hone::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Automatic (a GPU when there is one)</source>
        <translation>Automatisch (eine GPU, wenn vorhanden)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Default &amp;device for training:</source>
        <translation>Standard&amp;gerät für das Training:</translation>
    </message>
    <message>
        <source>The new language applies when Hone starts next.</source>
        <translation>Die neue Sprache gilt beim nächsten Start von Hone.</translation>
    </message>
</context>
<context>
    <name>Hone::Project</name>
    <message>
        <source>%1 already holds a Hone project</source>
        <translation>%1 enthält bereits ein Hone-Projekt</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>
The last good version is kept as %1 (saved %2).</source>
        <translation>
Die letzte funktionierende Version wird als %1 aufbewahrt (gespeichert %2).</translation>
    </message>
    <message>
        <source>the project folder %1 is read-only: changes cannot be saved</source>
        <translation>der Projektordner %1 ist schreibgeschützt: Änderungen können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Hone::ReliabilityDiagram</name>
    <message>
        <source>Per confidence bin: the share of right answers against the mean confidence. Bars below the diagonal are over-confident. Grey: the model&apos;s own softmax; blue: after temperature scaling.</source>
        <translation>Je Konfidenz-Bin: der Anteil richtiger Antworten gegenüber der mittleren Konfidenz. Balken unter der Diagonale sind zu zuversichtlich. Grau: die eigene Softmax des Modells; blau: nach Temperaturskalierung.</translation>
    </message>
</context>
<context>
    <name>Hone::RunHistoryPanel</name>
    <message>
        <source>&amp;Delete Run…</source>
        <translation>Lauf &amp;löschen…</translation>
    </message>
    <message>
        <source>Check runs to draw their validation curves over the current ones.</source>
        <translation>Markierte Läufe zeichnen ihre Validierungskurven über die aktuellen.</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete run %1 with its weights and metrics? This cannot be undone.</source>
        <translation>Lauf %1 mit Gewichten und Messwerten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Run %1 (%2 epochs recorded)</source>
        <translation>Lauf %1 (%2 Epochen aufgezeichnet)</translation>
    </message>
    <message>
        <source>Resu&amp;me Run</source>
        <translation>Lauf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Continue a stopped run from its last completed epoch, with its own settings</source>
        <translation>Einen angehaltenen Lauf ab seiner letzten abgeschlossenen Epoche mit seinen eigenen Einstellungen fortsetzen</translation>
    </message>
    <message>
        <source>Save as &amp;Backbone…</source>
        <translation>Als &amp;Backbone speichern…</translation>
    </message>
    <message>
        <source>Save this finished run&apos;s network, without its classifier layer, as a backbone other projects can start from (.safetensors)</source>
        <translation>Das Netz dieses abgeschlossenen Laufs ohne Klassifikationsschicht als Backbone speichern, von dem andere Projekte ausgehen können (.safetensors)</translation>
    </message>
    <message>
        <source>Save as Backbone</source>
        <translation>Als Backbone speichern</translation>
    </message>
    <message>
        <source>Safetensors weights (*.safetensors)</source>
        <translation>Safetensors-Gewichte (*.safetensors)</translation>
    </message>
    <message>
        <source>Saved %1.

In another project, choose it as the %2 weights with the … button next to Weights in the Train view.</source>
        <translation>%1 gespeichert.

Wählen Sie es in einem anderen Projekt in der Trainingsansicht mit der Schaltfläche … neben den Gewichten als %2-Gewichte.</translation>
    </message>
    <message>
        <source>  best %1, epoch %2</source>
        <translation>  beste %1, Epoche %2</translation>
    </message>
</context>
<context>
    <name>Hone::SplitDialog</name>
    <message>
        <source>Split Dataset</source>
        <translation>Datensatz aufteilen</translation>
    </message>
    <message>
        <source>Every class is split in these proportions (stratified). The same seed gives the same split; unlabeled images are left out.</source>
        <translation>Jede Klasse wird in diesen Anteilen aufgeteilt (stratifiziert). Derselbe Startwert ergibt dieselbe Aufteilung; unbeschriftete Bilder bleiben außen vor.</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Training:</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validierung:</translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation>T&amp;est:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
</context>
<context>
    <name>Hone::TrainWorkspace</name>
    <message>
        <source>Train</source>
        <extracomment>verb: start training a model</extracomment>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>&amp;Export Model…</source>
        <translation>Modell &amp;exportieren…</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD mit Momentum</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Backbone:</source>
        <translation>&amp;Backbone:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>Batch&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <source>&amp;Image size:</source>
        <translation>B&amp;ildgröße:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>Ge&amp;rät:</translation>
    </message>
    <message>
        <source>epoch %v of %m</source>
        <translation>Epoche %v von %m</translation>
    </message>
    <message>
        <source>Run %1 started</source>
        <translation>Lauf %1 gestartet</translation>
    </message>
    <message>
        <source>Assigned %1 labeled images to train/validation (80/20 per class)</source>
        <translation>%1 beschriftete Bilder auf Training/Validierung verteilt (80/20 je Klasse)</translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2</source>
        <translation>Training mit %1 Bildern, Validierung mit %2</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Halte nach diesem Batch an…</translation>
    </message>
    <message>
        <source>epoch %1/%2  train loss %3, accuracy %4 %  ·  validation loss %5, accuracy %6 %  (%7 s)</source>
        <translation>Epoche %1/%2  Trainingsverlust %3, Genauigkeit %4 %  ·  Validierungsverlust %5, Genauigkeit %6 %  (%7 s)</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>Lauf %1 %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>Export Model</source>
        <translation>Modell exportieren</translation>
    </message>
    <message>
        <source>Exporting run %1 to %2…</source>
        <translation>Exportiere Lauf %1 nach %2…</translation>
    </message>
    <message>
        <source>Exported %1: %2</source>
        <translation>%1 exportiert: %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Show row &amp;percentages</source>
        <translation>Zeilen&amp;prozente zeigen</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>Show the &amp;best epoch</source>
        <translation>&amp;Beste Epoche zeigen</translation>
    </message>
    <message>
        <source>After training: the best epoch&apos;s validation matrix instead of the last one&apos;s.</source>
        <translation>Nach dem Training: die Validierungsmatrix der besten statt der letzten Epoche.</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>Kosinus-Abfall</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>One-Cycle</translation>
    </message>
    <message>
        <source>Step (×0.1 at ½ and ¾)</source>
        <translation>Stufen (×0,1 bei ½ und ¾)</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>LR sc&amp;hedule:</source>
        <translation>Lernraten-&amp;Verlauf:</translation>
    </message>
    <message>
        <source>Bal&amp;ance classes in the loss</source>
        <translation>Klassen im Verlust &amp;ausgleichen</translation>
    </message>
    <message>
        <source>&amp;Cache the frozen stages&apos; output</source>
        <translation>Ausgabe der eingefrorenen Stufen &amp;zwischenspeichern</translation>
    </message>
    <message>
        <source>Custom: train from the freeze depth on</source>
        <translation>Eigene: ab der Einfriertiefe trainieren</translation>
    </message>
    <message>
        <source>Feature extraction: the head only</source>
        <translation>Merkmalsextraktion: nur der Kopf</translation>
    </message>
    <message>
        <source>Fine-tune: the head first, then the stages</source>
        <translation>Feinabstimmung: erst der Kopf, dann die Stufen</translation>
    </message>
    <message>
        <source>Fine-tune trains the new head alone for a fifth of the epochs, then unfreezes the stages from the freeze depth on, each earlier stage at half the rate of the next (LP-FT).</source>
        <translation>Die Feinabstimmung trainiert ein Fünftel der Epochen nur den neuen Kopf und gibt dann die Stufen ab der Einfriertiefe frei, jede frühere Stufe mit der halben Lernrate der nächsten (LP-FT).</translation>
    </message>
    <message>
        <source>Reci&amp;pe:</source>
        <translation>Reze&amp;pt:</translation>
    </message>
    <message>
        <source>Flip training images horizontally at random</source>
        <translation>Trainingsbilder zufällig waagerecht spiegeln</translation>
    </message>
    <message>
        <source>With frozen stages, compute their output once per image (and flip) and train the rest from it: the same training, many times faster. Kept in the project&apos;s cache folder for later runs.</source>
        <translation>Bei eingefrorenen Stufen deren Ausgabe einmal je Bild (und Spiegelung) berechnen und den Rest darauf trainieren: dasselbe Training, um ein Vielfaches schneller. Wird im Cache-Ordner des Projekts für spätere Läufe aufbewahrt.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> epochs without progress</source>
        <translation> Epochen ohne Fortschritt</translation>
    </message>
    <message>
        <source>Stop when validation accuracy has not improved for this many epochs. Either way the best epoch&apos;s weights are kept.</source>
        <translation>Anhalten, wenn sich die Validierungsgenauigkeit so viele Epochen lang nicht verbessert hat. In jedem Fall werden die Gewichte der besten Epoche behalten.</translation>
    </message>
    <message>
        <source>Soften the targets: helps when some labels may be wrong</source>
        <translation>Die Ziele abschwächen: hilft, wenn manche Beschriftungen falsch sein können</translation>
    </message>
    <message>
        <source>Weight each class by the inverse of its share of the training images</source>
        <translation>Jede Klasse mit dem Kehrwert ihres Anteils an den Trainingsbildern gewichten</translation>
    </message>
    <message>
        <source>Earl&amp;y stop:</source>
        <translation>Vorzeitig an&amp;halten:</translation>
    </message>
    <message>
        <source>Label smoothin&amp;g:</source>
        <translation>Label-Glättu&amp;ng:</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>TrivialAugment</source>
        <translation>TrivialAugment</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>A random 35–100 % of the image, scaled back to the input size</source>
        <translation>Ein zufälliger Ausschnitt von 35–100 % des Bildes, zurück auf die Eingabegröße skaliert</translation>
    </message>
    <message>
        <source>Rotate by up to 15° either way</source>
        <translation>Um bis zu 15° in beide Richtungen drehen</translation>
    </message>
    <message>
        <source>Vary brightness, contrast and saturation by up to 30 %</source>
        <translation>Helligkeit, Kontrast und Sättigung um bis zu 30 % verändern</translation>
    </message>
    <message>
        <source>One of 14 operations at a random strength per image (TrivialAugment)</source>
        <translation>Eine von 14 Operationen mit zufälliger Stärke je Bild (TrivialAugment)</translation>
    </message>
    <message>
        <source>Augment:</source>
        <translation>Erweitern:</translation>
    </message>
    <message>
        <source>Hold training after the current batch; press again to continue</source>
        <translation>Das Training nach dem laufenden Batch anhalten; erneut drücken, um fortzufahren</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Resuming run %1…</source>
        <translation>Lauf %1 wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Continuing.</source>
        <translation>Es geht weiter.</translation>
    </message>
    <message>
        <source>Training paused</source>
        <translation>Training angehalten</translation>
    </message>
    <message>
        <source>Training continues</source>
        <translation>Training geht weiter</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Finden…</translation>
    </message>
    <message>
        <source>Run a learning-rate range test and suggest a rate</source>
        <translation>Einen Lernraten-Bereichstest durchführen und eine Rate vorschlagen</translation>
    </message>
    <message>
        <source>Find a Learning Rate</source>
        <translation>Lernrate finden</translation>
    </message>
    <message>
        <source>Learning rate set to %1 by the range test</source>
        <translation>Lernrate durch den Bereichstest auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Pausing before the next training batch.</source>
        <translation>Das Training hält vor dem nächsten Batch an.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Automatic: 4 to 32, about 16 steps an epoch (small datasets learn faster from more, smaller steps)</source>
        <translation>Automatisch: 4 bis 32, etwa 16 Schritte je Epoche (kleine Datensätze lernen schneller aus mehr, kleineren Schritten)</translation>
    </message>
    <message>
        <source>The chosen weights are not on this computer yet. Download them now?</source>
        <translation>Die gewählten Gewichte sind noch nicht auf diesem Computer. Jetzt herunterladen?</translation>
    </message>
    <message>
        <source>Automatic (mixed FP16 on a GPU)</source>
        <translation>Automatisch (gemischt FP16 auf einer GPU)</translation>
    </message>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>Mixed FP16 (CUDA)</source>
        <translation>Gemischt FP16 (CUDA)</translation>
    </message>
    <message>
        <source>Mixed BF16</source>
        <translation>Gemischt BF16</translation>
    </message>
    <message>
        <source>Mixed precision runs the network in 16-bit floats and keeps the weights in 32-bit: faster on GPUs. BF16 also runs on CPUs with AVX-512 BF16.</source>
        <translation>Gemischte Genauigkeit rechnet das Netz in 16-Bit-Gleitkommazahlen und hält die Gewichte in 32 Bit: schneller auf GPUs. BF16 läuft auch auf CPUs mit AVX-512 BF16.</translation>
    </message>
    <message>
        <source>Precisio&amp;n:</source>
        <translation>Re&amp;chengenauigkeit:</translation>
    </message>
    <message>
        <source>Normalise inside the model: it takes RGB pixel values 0–255</source>
        <translation>Normalisierung im Modell: es nimmt RGB-Pixelwerte 0–255</translation>
    </message>
    <message>
        <source>The graph does the mean/std normalisation itself, so a consumer only resizes and feeds the pixels as float32 (N×3×S×S). The metadata and the model card say so.</source>
        <translation>Der Graph führt die mean/std-Normalisierung selbst durch, daher muss ein Verwender die Pixel nur skalieren und als float32 (N×3×S×S) übergeben. Die Metadaten und die Modellkarte geben das an.</translation>
    </message>
    <message>
        <source>Softmax inside the model: it outputs probabilities</source>
        <translation>Softmax im Modell: es gibt Wahrscheinlichkeiten aus</translation>
    </message>
    <message>
        <source>Wrote %1 and its model card %2

%3</source>
        <translation>%1 und seine Modellkarte %2 geschrieben

%3</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>St&amp;op Training</source>
        <translation>Training an&amp;halten</translation>
    </message>
    <message>
        <source>Validation, best epoch %1 of %2: accuracy %3</source>
        <translation>Validierung, beste Epoche %1 von %2: Genauigkeit %3</translation>
    </message>
    <message>
        <source>Validation, epoch %1 of %2: accuracy %3</source>
        <translation>Validierung, Epoche %1 von %2: Genauigkeit %3</translation>
    </message>
    <message>
        <source>Auto: chosen from your images</source>
        <translation>Auto: aus Ihren Bildern gewählt</translation>
    </message>
    <message>
        <source>Auto chose: %1. %2</source>
        <translation>Auto hat gewählt: %1. %2</translation>
    </message>
</context>
<context>
    <name>Hone::Trainer</name>
    <message>
        <source>Weights: %1</source>
        <translation>Gewichte: %1</translation>
    </message>
    <message>
        <source>Decoding %1 images at %2 px…</source>
        <translation>%1 Bilder werden mit %2 px dekodiert…</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>cannot move the weights into place in %1</source>
        <translation>die Gewichte können in %1 nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <source>training needs at least two decodable training images and one validation image</source>
        <translation>das Training braucht mindestens zwei dekodierbare Trainingsbilder und ein Validierungsbild</translation>
    </message>
    <message>
        <source>out of memory. Try a smaller batch size or image size, or freeze more stages.</source>
        <translation>Speicher erschöpft. Versuchen Sie eine kleinere Batchgröße oder Bildgröße, oder frieren Sie mehr Stufen ein.</translation>
    </message>
    <message>
        <source>the device ran out of memory (%1). Try a smaller batch size or image size, or freeze more stages.</source>
        <translation>dem Gerät ist der Speicher ausgegangen (%1). Versuchen Sie eine kleinere Batchgröße oder Bildgröße, oder frieren Sie mehr Stufen ein.</translation>
    </message>
    <message>
        <source>the head</source>
        <translation>den Kopf</translation>
    </message>
    <message>
        <source>%1 to the head</source>
        <translation>%1 bis zum Kopf</translation>
    </message>
    <message>
        <source>Phase %1 of %2, %3 epoch(s): training %4%5</source>
        <translation>Phase %1 von %2, %3 Epoche(n): trainiert %4%5</translation>
    </message>
    <message>
        <source>, each earlier stage at %1× the rate of the next</source>
        <translation>, jede frühere Stufe mit dem %1-Fachen der Rate der nächsten</translation>
    </message>
    <message>
        <source>Early stop after epoch %1: no better %2 for %3 epochs</source>
        <translation>Vorzeitig angehalten nach Epoche %1: %2 hat sich %3 Epochen lang nicht verbessert</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Kept the weights of epoch %1, the best (validation accuracy %2 %, loss %3)</source>
        <translation>Die Gewichte der besten Epoche %1 behalten (Validierungsgenauigkeit %2 %, Verlust %3)</translation>
    </message>
    <message>
        <source>there is no run %1 to resume</source>
        <translation>es gibt keinen Lauf %1 zum Fortsetzen</translation>
    </message>
    <message>
        <source>run %1 has finished; there is nothing to resume</source>
        <translation>Lauf %1 ist abgeschlossen; es gibt nichts fortzusetzen</translation>
    </message>
    <message>
        <source>run %1 has no checkpoint: it ended before its first epoch did</source>
        <translation>Lauf %1 hat keinen Checkpoint: er endete vor seiner ersten Epoche</translation>
    </message>
    <message>
        <source>the project&apos;s labeled images or splits changed since run %1; resuming needs the data it started with</source>
        <translation>die beschrifteten Bilder oder Aufteilungen des Projekts haben sich seit Lauf %1 geändert; das Fortsetzen braucht die Daten, mit denen er begann</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 cannot be read: %2</source>
        <translation>der Checkpoint von Lauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Resuming run %1 after epoch %2</source>
        <translation>Lauf %1 wird nach Epoche %2 fortgesetzt</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 does not match its images</source>
        <translation>der Checkpoint von Lauf %1 passt nicht zu seinen Bildern</translation>
    </message>
    <message>
        <source>Could not write the checkpoint of epoch %1: %2</source>
        <translation>Der Checkpoint von Epoche %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The best epoch&apos;s weights of run %1 cannot be read; the last epoch&apos;s will be kept</source>
        <translation>Die Gewichte der besten Epoche von Lauf %1 können nicht gelesen werden; die der letzten Epoche werden behalten</translation>
    </message>
    <message>
        <source>The last checkpoint cannot be read: %1</source>
        <translation>Der letzte Checkpoint kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Batch size %1 (automatic: about 16 steps an epoch for %2 training images)</source>
        <translation>Batchgröße %1 (automatisch: etwa 16 Schritte je Epoche für %2 Trainingsbilder)</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 does not match its network</source>
        <translation>der Checkpoint von Lauf %1 passt nicht zu seinem Netz</translation>
    </message>
    <message>
        <source>precision %1 on %2: %3</source>
        <translation>Rechengenauigkeit %1 auf %2: %3</translation>
    </message>
    <message>
        <source>Training %1 of %2 parameters on %3, %4%5</source>
        <translation>%1 von %2 Parametern werden auf %3 trainiert, %4%5</translation>
    </message>
    <message>
        <source>, channels last</source>
        <translation>, Channels-Last</translation>
    </message>
    <message>
        <source>Epoch %1: %2 step(s) skipped, their fp16 gradients overflowed (loss scale now %3)</source>
        <translation>Epoche %1: %2 Schritt(e) übersprungen, ihre FP16-Gradienten sind übergelaufen (Loss-Scale jetzt %3)</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation>Lauf %1 kann nicht fortgesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>Hone::TrainingPlots</name>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>Batch-Verlust</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>batch loss, smoothed</source>
        <translation>Batch-Verlust, geglättet</translation>
    </message>
    <message>
        <source>&amp;Log-scale loss</source>
        <translation>&amp;Logarithmischer Verlust</translation>
    </message>
    <message>
        <source>Save &amp;Plots…</source>
        <translation>Diagramme &amp;speichern…</translation>
    </message>
    <message>
        <source>Export &amp;Numbers…</source>
        <translation>&amp;Zahlen exportieren…</translation>
    </message>
    <message>
        <source>Save Plots</source>
        <translation>Diagramme speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation>Zahlen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1
epoch %2: %3</source>
        <translation>%1
Epoche %2: %3</translation>
    </message>
    <message>
        <source>run %1, validation loss</source>
        <translation>Lauf %1, Validierungsverlust</translation>
    </message>
    <message>
        <source>run %1, validation accuracy</source>
        <translation>Lauf %1, Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
</context>
<context>
    <name>Hone::UseWorkspace</name>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>The project has no classes yet</source>
        <translation>Das Projekt hat noch keine Klassen</translation>
    </message>
    <message>
        <source>The project cannot be changed</source>
        <translation>Das Projekt kann nicht geändert werden</translation>
    </message>
    <message>
        <source>This image is in the dataset now, as %1</source>
        <translation>Dieses Bild ist jetzt im Datensatz, als %1</translation>
    </message>
    <message>
        <source>The model&apos;s class “%1” is not a class of this project: choose one under “Wrong? It is …”</source>
        <translation>Die Klasse „%1“ des Modells ist keine Klasse dieses Projekts: wählen Sie eine unter „Falsch? Es ist …“</translation>
    </message>
    <message>
        <source>Add the image to the dataset as %1 (Enter)</source>
        <translation>Das Bild als %1 zum Datensatz hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>Add the image to the dataset with the predicted class (Enter)</source>
        <translation>Das Bild mit der vorhergesagten Klasse zum Datensatz hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>Add the image to the dataset with the class it really is (keys 1–9)</source>
        <translation>Das Bild mit der Klasse, die es wirklich ist, zum Datensatz hinzufügen (Tasten 1–9)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added since the last run</source>
        <translation>
            <numerusform>%n Bild seit dem letzten Lauf hinzugefügt</numerusform>
            <numerusform>%n Bilder seit dem letzten Lauf hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation>Zum Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The picture cannot be encoded.</source>
        <translation>Das Bild kann nicht kodiert werden.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Added %1 to the dataset as %2</source>
        <translation>%1 als %2 zum Datensatz hinzugefügt</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no image files.</source>
        <translation>Die Zwischenablage enthält kein Bild und keine Bilddateien.</translation>
    </message>
    <message>
        <source>No images there (Hone reads JPEG, PNG, BMP, TIFF and WebP).</source>
        <translation>Dort sind keine Bilder (Hone liest JPEG, PNG, BMP, TIFF und WebP).</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 images.</source>
        <translation>Die ersten %1 von %2 Bildern werden gezeigt.</translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>camera frame</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>The camera cannot be started: %1</source>
        <translation>Die Kamera kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>✓ added</source>
        <translation>✓ hinzugefügt</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>Drop an image to try the model</source>
        <translation>Legen Sie ein Bild ab, um das Modell auszuprobieren</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>Wird vorhergesagt…</translation>
    </message>
    <message>
        <source>This image cannot be used: %1</source>
        <translation>Dieses Bild ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt; — none of these (best guess: %1, %2; the image is unlike every class the model learnt)</source>
        <translation>&lt;b&gt;Unbekannt&lt;/b&gt; — keine davon (beste Schätzung: %1, %2; das Bild ähnelt keiner Klasse, die das Modell gelernt hat)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt; — none of these (best guess: %1, %2)</source>
        <translation>&lt;b&gt;Unbekannt&lt;/b&gt; — keine davon (beste Schätzung: %1, %2)</translation>
    </message>
    <message>
        <source>Confidence %1 (this model has no calibration: the softmax as it is)</source>
        <translation>Konfidenz %1 (dieses Modell hat keine Kalibrierung: die unveränderte Softmax)</translation>
    </message>
    <message>
        <source>Calibrated confidence %1 (the network&apos;s own softmax said %2)</source>
        <translation>Kalibrierte Konfidenz %1 (die eigene Softmax des Netzes ergab %2)</translation>
    </message>
    <message>
        <source>Cannot write %1 for Grad-CAM</source>
        <translation>%1 kann für Grad-CAM nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Unknown below %1</source>
        <translation>Unbekannt unter %1</translation>
    </message>
    <message>
        <source>Unknown below %1 (keeps %2 of correct validation predictions)</source>
        <translation>Unbekannt unter %1 (behält %2 der richtigen Validierungsvorhersagen)</translation>
    </message>
    <message>
        <source>Unknown below %1 (the model&apos;s own threshold; it has no calibration)</source>
        <translation>Unbekannt unter %1 (der eigene Schwellenwert des Modells; es hat keine Kalibrierung)</translation>
    </message>
    <message>
        <source>Unknown below %1 (the model&apos;s own: %2)</source>
        <translation>Unbekannt unter %1 (der eigene des Modells: %2)</translation>
    </message>
    <message>
        <source>Overlay the Grad-CAM heat map: where the evidence for the class lies</source>
        <translation>Das Grad-CAM-Wärmebild überlagern: wo die Hinweise auf die Klasse liegen</translation>
    </message>
    <message>
        <source>Grad-CAM needs a run of this project; a model file is not explained here</source>
        <translation>Grad-CAM braucht einen Lauf dieses Projekts; eine Modelldatei wird hier nicht erklärt</translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation>Die Kamera wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>The model to use: a finished run of this project, or an exported model file</source>
        <translation>Das zu verwendende Modell: ein abgeschlossener Lauf dieses Projekts oder eine exportierte Modelldatei</translation>
    </message>
    <message>
        <source>Open &amp;Images…</source>
        <translation>B&amp;ilder öffnen…</translation>
    </message>
    <message>
        <source>Choose image files to predict; you can also drop files or a folder here, or paste a picture with Ctrl+V</source>
        <translation>Bilddateien für die Vorhersage wählen; Sie können auch Dateien oder einen Ordner hier ablegen oder ein Bild mit Ctrl+V einfügen</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Drop images or a folder here, paste a picture (Ctrl+V), or open images.</source>
        <translation>Legen Sie Bilder oder einen Ordner hier ab, fügen Sie ein Bild ein (Ctrl+V) oder öffnen Sie Bilder.</translation>
    </message>
    <message>
        <source>A prediction whose calibrated confidence is below this is reported as unknown</source>
        <translation>Eine Vorhersage, deren kalibrierte Konfidenz darunter liegt, wird als unbekannt gemeldet</translation>
    </message>
    <message>
        <source>&amp;Grad-CAM: show where the model looks</source>
        <translation>&amp;Grad-CAM: zeigen, wohin das Modell schaut</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Wrong? It is …</source>
        <translation>Falsch? Es ist …</translation>
    </message>
    <message>
        <source>Enter: right · 1–9: it is that class. Either adds the image to the dataset with that label (undo takes it out again).</source>
        <translation>Enter: richtig · 1–9: es ist diese Klasse. Beides fügt das Bild mit dieser Beschriftung zum Datensatz hinzu (Rückgängig nimmt es wieder heraus).</translation>
    </message>
    <message>
        <source>Retrai&amp;n</source>
        <translation>&amp;Neu trainieren</translation>
    </message>
    <message>
        <source>Train a new run with the Train workspace&apos;s settings, on the dataset with the added images</source>
        <translation>Einen neuen Lauf mit den Einstellungen der Trainingsansicht auf dem Datensatz mit den hinzugefügten Bildern trainieren</translation>
    </message>
    <message>
        <source>Is it right?</source>
        <translation>Stimmt das?</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 validation accuracy</source>
        <translation>Lauf %1 · %2 · %3 Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>Modelldatei…</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Hone models (*.pt *.onnx)</source>
        <translation>Hone-Modelle (*.pt *.onnx)</translation>
    </message>
    <message>
        <source>No finished run yet: train one in the Train workspace, or choose a model file.</source>
        <translation>Noch kein abgeschlossener Lauf: trainieren Sie einen in der Trainingsansicht oder wählen Sie eine Modelldatei.</translation>
    </message>
    <message>
        <source>The model cannot be used: %1</source>
        <translation>Das Modell ist nicht verwendbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n class(es) · %2 px</source>
        <translation>
            <numerusform>%1 · %n Klasse · %2 px</numerusform>
            <numerusform>%1 · %n Klassen · %2 px</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::WeightDownloader</name>
    <message>
        <source>Invalid SHA-256 &quot;%1&quot; for %2: it needs 8 to 64 hex digits.</source>
        <translation>Ungültige SHA-256 &quot;%1&quot; für %2: sie braucht 8 bis 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Invalid file name &quot;%1&quot; for the weights cache.</source>
        <translation>Ungültiger Dateiname &quot;%1&quot; für den Gewichts-Cache.</translation>
    </message>
    <message>
        <source>Invalid download address for %1.</source>
        <translation>Ungültige Download-Adresse für %1.</translation>
    </message>
    <message>
        <source>Cannot create the weights cache folder %1.</source>
        <translation>Der Ordner des Gewichts-Caches %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Download of %1 cancelled.</source>
        <translation>Herunterladen von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>HTTP %1 %2 von %3</translation>
    </message>
    <message>
        <source>No data from %1 for %2 seconds; the download stopped after %3 bytes.</source>
        <translation>Keine Daten von %1 seit %2 Sekunden; das Herunterladen wurde nach %3 Bytes abgebrochen.</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>die Datei ist unvollständig</translation>
    </message>
    <message>
        <source>Connection dropped after %1 of %2 bytes from %3 (%4).</source>
        <translation>Verbindung nach %1 von %2 Bytes von %3 abgebrochen (%4).</translation>
    </message>
    <message>
        <source>Connection dropped after %1 bytes from %2 (%3).</source>
        <translation>Verbindung nach %1 Bytes von %2 abgebrochen (%3).</translation>
    </message>
    <message>
        <source>SHA-256 checksum mismatch for %1 from %2: expected %3, got %4.</source>
        <translation>SHA-256-Prüfsumme für %1 von %2 stimmt nicht: erwartet %3, erhalten %4.</translation>
    </message>
    <message>
        <source>Cannot move the download into %1: %2</source>
        <translation>Der Download kann nicht nach %1 verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>Photoshop (PSD)</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>Photoshop (PSD)</translation>
    </message>
    <message>
        <source>Windows icon (ICO)</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>Windows-Symbol (ICO)</translation>
    </message>
    <message>
        <source>Canon raw (CR2)</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>Canon-Rohdaten (CR2)</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>ZIP-Archiv</translation>
    </message>
    <message>
        <source>HTML page</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>cannot be read completely: %1</source>
        <translation>kann nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <source>the content is not a JPEG, PNG, BMP, TIFF or WebP image</source>
        <translation>der Inhalt ist kein JPEG-, PNG-, BMP-, TIFF- oder WebP-Bild</translation>
    </message>
    <message>
        <source>this is a %1 file, not a JPEG, PNG, BMP, TIFF or WebP image</source>
        <translation>dies ist eine %1-Datei, kein JPEG-, PNG-, BMP-, TIFF- oder WebP-Bild</translation>
    </message>
    <message>
        <source>the %1 header is damaged: it gives no valid image size</source>
        <translation>der %1-Header ist beschädigt: er enthält keine gültige Bildgröße</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is more than the limit of %3 megapixels</source>
        <translation>%1 × %2 Pixel überschreiten die Grenze von %3 Megapixeln</translation>
    </message>
    <message>
        <source>the JPEG data is truncated</source>
        <translation>die JPEG-Daten sind abgeschnitten</translation>
    </message>
    <message>
        <source>animated WebP: only still images are supported</source>
        <translation>animiertes WebP: nur Standbilder werden unterstützt</translation>
    </message>
    <message>
        <source>%1-bit float TIFF is not supported (32- and 64-bit are)</source>
        <translation>%1-Bit-Gleitkomma-TIFF wird nicht unterstützt (32 und 64 Bit schon)</translation>
    </message>
    <message>
        <source>the %1 data cannot be decoded: %2</source>
        <translation>die %1-Daten können nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>the %1 data is damaged or truncated</source>
        <translation>die %1-Daten sind beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>cannot be resized: %1</source>
        <translation>Größe kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>cannot encode the thumbnail</source>
        <translation>das Vorschaubild kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot make the thumbnail: %1</source>
        <translation>das Vorschaubild kann nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>ImageSet</name>
    <message>
        <source>%1 images at %2 px take %3 GB decoded, more than the %4 GB of memory there is for them; choose a smaller image size or fewer images (HONE_IMAGE_MEMORY_MB sets the limit)</source>
        <translation>%1 Bilder mit %2 px belegen dekodiert %3 GB, mehr als die %4 GB Speicher, die dafür zur Verfügung stehen; wählen Sie eine kleinere Bildgröße oder weniger Bilder (HONE_IMAGE_MEMORY_MB legt die Grenze fest)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>cannot be read completely</source>
        <translation>kann nicht vollständig gelesen werden</translation>
    </message>
    <message>
        <source>%1 MB is far larger than any label file; it is not read</source>
        <translation>%1 MB ist weit größer als jede Beschriftungsdatei; sie wird nicht gelesen</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>the row has no image path</source>
        <translation>die Zeile enthält keinen Bildpfad</translation>
    </message>
    <message>
        <source>listed in %1 but does not exist</source>
        <translation>in %1 aufgeführt, existiert aber nicht</translation>
    </message>
    <message>
        <source>listed in %1 but is not an image file type</source>
        <translation>in %1 aufgeführt, ist aber kein Bilddateityp</translation>
    </message>
    <message>
        <source>listed in %1 with the split &apos;%2&apos; (expected train, val, test or nothing)</source>
        <translation>in %1 mit der Aufteilung &apos;%2&apos; aufgeführt (erwartet: train, val, test oder nichts)</translation>
    </message>
    <message>
        <source>cannot copy into the project: %1</source>
        <translation>kann nicht ins Projekt kopiert werden: %1</translation>
    </message>
    <message>
        <source>cannot move the copy into place</source>
        <translation>die Kopie kann nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>is not a CSV file</source>
        <translation>ist keine CSV-Datei</translation>
    </message>
    <message>
        <source>is not an image file type (%1)</source>
        <translation>ist kein Bilddateityp (%1)</translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>der Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file name is not UTF-8, so the project cannot refer to it where it is: rename it, or import with copying</source>
        <translation>der Dateiname ist nicht UTF-8, daher kann das Projekt nicht an ihrem Ort auf sie verweisen: benennen Sie sie um oder importieren Sie mit Kopieren</translation>
    </message>
    <message>
        <source>cannot be referenced from this project&apos;s drive; copy it instead</source>
        <translation>kann vom Laufwerk dieses Projekts aus nicht referenziert werden; kopieren Sie die Datei stattdessen</translation>
    </message>
</context>
<context>
    <name>LrFinder</name>
    <message>
        <source>the range test needs 0 &lt; minimum rate &lt; maximum rate and at least 5 steps</source>
        <translation>der Bereichstest braucht 0 &lt; minimale Rate &lt; maximale Rate und mindestens 5 Schritte</translation>
    </message>
    <message>
        <source>precision %1 on %2: %3</source>
        <translation>Rechengenauigkeit %1 auf %2: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the range test needs at least two decodable training images</source>
        <translation>der Bereichstest braucht mindestens zwei dekodierbare Trainingsbilder</translation>
    </message>
    <message>
        <source>the range test failed: %1</source>
        <translation>der Bereichstest ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the loss diverged at once: lower the minimum rate</source>
        <translation>der Verlust divergierte sofort: senken Sie die minimale Rate</translation>
    </message>
</context>
<context>
    <name>ModelExporter</name>
    <message numerus="yes">
        <source> (%n image(s) with two all but tied classes changed places)</source>
        <translation>
            <numerusform> (%n Bild mit zwei fast gleichauf liegenden Klassen hat die Plätze getauscht)</numerusform>
            <numerusform> (%n Bilder mit zwei fast gleichauf liegenden Klassen haben die Plätze getauscht)</numerusform>
        </translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <source>verified with %1 on %2 images: top-1 agreement %3 %, max |Δ%4| %5</source>
        <translation>überprüft mit %1 auf %2 Bildern: Top-1-Übereinstimmung %3 %, max. |Δ%4| %5</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>Logit</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the written file does not load in %1: %2</source>
        <translation>die geschriebene Datei lässt sich nicht in %1 laden: %2</translation>
    </message>
    <message>
        <source>no image to verify the export with; use --no-verify to skip the check</source>
        <translation>kein Bild, mit dem der Export überprüft werden kann; verwenden Sie --no-verify, um die Prüfung zu überspringen</translation>
    </message>
    <message>
        <source>the exported model has %1 outputs instead of %2</source>
        <translation>das exportierte Modell hat %1 Ausgaben statt %2</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>Überprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the exported model predicts differently: %1</source>
        <translation>das exportierte Modell sagt anders vorher: %1</translation>
    </message>
</context>
<context>
    <name>ModelMetadata</name>
    <message>
        <source>model metadata: temperature %1 is not a positive number</source>
        <translation>Modell-Metadaten: die Temperatur %1 ist keine positive Zahl</translation>
    </message>
    <message>
        <source>model metadata: fewer than two class names</source>
        <translation>Modell-Metadaten: weniger als zwei Klassennamen</translation>
    </message>
    <message>
        <source>model metadata: input.imageSize %1 is not a usable input size</source>
        <translation>Modell-Metadaten: input.imageSize %1 ist keine verwendbare Eingabegröße</translation>
    </message>
    <message>
        <source>model metadata: input.mean and input.std need three values</source>
        <translation>Modell-Metadaten: input.mean und input.std brauchen drei Werte</translation>
    </message>
    <message>
        <source>model metadata: channel order &apos;%1&apos; is not supported</source>
        <translation>Modell-Metadaten: die Kanalreihenfolge &apos;%1&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>model metadata: input.std must be positive</source>
        <translation>Modell-Metadaten: input.std muss positiv sein</translation>
    </message>
</context>
<context>
    <name>OnnxClassifier</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an ONNX model</source>
        <translation>%1 ist kein ONNX-Modell</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot load %1: %2</source>
        <translation>OpenCV DNN kann %1 nicht laden: %2</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot load %1</source>
        <translation>OpenCV DNN kann %1 nicht laden</translation>
    </message>
    <message>
        <source>the ONNX model returned an output of unexpected shape</source>
        <translation>das ONNX-Modell lieferte eine Ausgabe unerwarteter Form</translation>
    </message>
</context>
<context>
    <name>OnnxExporter</name>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX-Modell (*.onnx)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>OpenCV DNN</source>
        <translation>OpenCV DNN</translation>
    </message>
</context>
<context>
    <name>OnnxModelBuilder</name>
    <message>
        <source>cannot build the ONNX graph: %1</source>
        <translation>der ONNX-Graph kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot serialise the ONNX model</source>
        <translation>das ONNX-Modell kann nicht serialisiert werden</translation>
    </message>
</context>
<context>
    <name>Predictor</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1 carries no Hone metadata (inside the model or in %1.json beside it)</source>
        <translation>%1 enthält keine Hone-Metadaten (weder im Modell noch in %1.json daneben)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>metadata is not JSON</source>
        <translation>die Metadaten sind kein JSON</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>das Bild ist leer</translation>
    </message>
    <message>
        <source>the model failed: %1</source>
        <translation>das Modell ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the model has %1 outputs but its metadata names %2 classes</source>
        <translation>das Modell hat %1 Ausgaben, aber seine Metadaten nennen %2 Klassen</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>schemaVersion: missing or not a number</source>
        <translation>schemaVersion: fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>schemaVersion: %1 is newer than this version of Hone understands (%2)</source>
        <translation>schemaVersion: %1 ist neuer, als diese Version von Hone versteht (%2)</translation>
    </message>
    <message>
        <source>classes: not an array</source>
        <translation>classes: kein Array</translation>
    </message>
    <message>
        <source>: not an object</source>
        <translation>: kein Objekt</translation>
    </message>
    <message>
        <source>.id: missing or not a number</source>
        <translation>.id: fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>.id: %1 is negative or used twice</source>
        <translation>.id: %1 ist negativ oder doppelt vergeben</translation>
    </message>
    <message>
        <source>.name: empty or used twice</source>
        <translation>.name: leer oder doppelt vergeben</translation>
    </message>
    <message>
        <source>images: not an array</source>
        <translation>images: kein Array</translation>
    </message>
    <message>
        <source>.path: &apos;%1&apos; is not a relative path in normal form</source>
        <translation>.path: &apos;%1&apos; ist kein relativer Pfad in Normalform</translation>
    </message>
    <message>
        <source>.path: &apos;%1&apos; is listed twice</source>
        <translation>.path: &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>.label: unknown class id %1</source>
        <translation>.label: unbekannte Klassen-ID %1</translation>
    </message>
    <message>
        <source>.label: not a class id</source>
        <translation>.label: keine Klassen-ID</translation>
    </message>
    <message>
        <source>.split: &apos;%1&apos; is not train, val or test</source>
        <translation>.split: &apos;%1&apos; ist nicht train, val oder test</translation>
    </message>
    <message>
        <source>.reviewed: not a list</source>
        <translation>.reviewed: keine Liste</translation>
    </message>
    <message>
        <source>.reviewed: not a list of names</source>
        <translation>.reviewed: keine Liste von Namen</translation>
    </message>
    <message>
        <source>the backup cannot be used either: %1</source>
        <translation>die Sicherung ist ebenfalls nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation>es gibt keine Sicherung %1</translation>
    </message>
    <message>
        <source>cannot move the damaged %1 aside</source>
        <translation>die beschädigte Datei %1 kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 MB is far larger than any project file; it is not read</source>
        <translation>%1: %2 MB ist weit größer als jede Projektdatei; sie wird nicht gelesen</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: kein gültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation>%1: die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
</context>
<context>
    <name>ReliabilityDiagram</name>
    <message>
        <source>Calibration: evaluate a run to see it.</source>
        <translation>Kalibrierung: werten Sie einen Lauf aus, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Calibration on %1 images: ECE %2 % → %3 % (T = %4)</source>
        <translation>Kalibrierung auf %1 Bildern: ECE %2 % → %3 % (T = %4)</translation>
    </message>
    <message>
        <source>confidence · share right: grey before, blue after</source>
        <translation>Konfidenz · Anteil richtig: grau vorher, blau nachher</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <extracomment>the application ended while the run was training</extracomment>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>der Ordner des Laufs %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>no run &apos;%1&apos; in this project</source>
        <translation>kein Lauf &apos;%1&apos; in diesem Projekt</translation>
    </message>
    <message>
        <source>this project has no finished training run; train first</source>
        <translation>dieses Projekt hat keinen abgeschlossenen Trainingslauf; trainieren Sie zuerst</translation>
    </message>
    <message>
        <source>the run is being trained by another process (%1, process %2 on %3)</source>
        <translation>der Lauf wird von einem anderen Prozess trainiert (%1, Prozess %2 auf %3)</translation>
    </message>
    <message>
        <source>cannot lock the run folder %1</source>
        <translation>der Ordner des Laufs %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>cannot delete %1 completely</source>
        <translation>%1 kann nicht vollständig gelöscht werden</translation>
    </message>
    <message>
        <source>run %1: run.json gives no valid image size</source>
        <translation>Lauf %1: run.json enthält keine gültige Bildgröße</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
</context>
<context>
    <name>SplitText</name>
    <message>
        <source>train</source>
        <extracomment>the training split, short (shown on image tiles)</extracomment>
        <translation>Training</translation>
    </message>
    <message>
        <source>val</source>
        <extracomment>the validation split, short (shown on image tiles)</extracomment>
        <translation>Valid.</translation>
    </message>
    <message>
        <source>test</source>
        <extracomment>the test split (noun), short (shown on image tiles)</extracomment>
        <translation>Test</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>the training split, as named in a sentence (&quot;on the training split&quot;)</extracomment>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <extracomment>the validation split, as named in a sentence (&quot;on the validation split&quot;)</extracomment>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <comment>sentence</comment>
        <extracomment>the test split, as named in a sentence (&quot;on the test split&quot;)</extracomment>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>TorchScriptExporter</name>
    <message>
        <source>TorchScript model (*.pt)</source>
        <translation>TorchScript-Modell (*.pt)</translation>
    </message>
    <message>
        <source>LibTorch TorchScript</source>
        <translation>LibTorch TorchScript</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>Calibrated on %1 validation images: temperature %2, expected calibration error %3 % → %4 %</source>
        <translation>Kalibriert auf %1 Validierungsbildern: Temperatur %2, erwarteter Kalibrierungsfehler %3 % → %4 %</translation>
    </message>
    <message>
        <source>Not calibrated: %1</source>
        <translation>Nicht kalibriert: %1</translation>
    </message>
    <message>
        <source>; unknown below %1 % confidence</source>
        <translation>; unbekannt unter %1 % Konfidenz</translation>
    </message>
    <message>
        <source> or farther than %1 from every class</source>
        <translation> oder weiter als %1 von jeder Klasse entfernt</translation>
    </message>
    <message>
        <source> (keeps %1 % of right validation answers, flags %2 % of wrong ones)</source>
        <translation> (behält %1 % der richtigen Validierungsantworten, markiert %2 % der falschen)</translation>
    </message>
</context>
<context>
    <name>TrainingConfig</name>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>unbekanntes Backbone &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the weights %1 are for another architecture than %2; choose weights for %2</source>
        <translation>die Gewichte %1 sind für eine andere Architektur als %2; wählen Sie Gewichte für %2</translation>
    </message>
    <message>
        <source>freeze depth must be between 0 and %1 for %2</source>
        <translation>die Einfriertiefe muss für %2 zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>recipe must be one of %1</source>
        <translation>das Rezept muss eines von %1 sein</translation>
    </message>
    <message>
        <source>head-only epochs must be fewer than the epochs (0 = a fifth of them)</source>
        <translation>die Epochen nur für den Kopf müssen weniger als die Epochen sein (0 = ein Fünftel davon)</translation>
    </message>
    <message>
        <source>the per-stage learning-rate factor must be above 0 and at most 1</source>
        <translation>der Lernratenfaktor je Stufe muss über 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>epochs must be between 1 and 10000</source>
        <translation>die Epochen müssen zwischen 1 und 10000 liegen</translation>
    </message>
    <message>
        <source>batch size must be 0 (automatic) or between 2 and 4096 (BatchNorm needs two images per batch)</source>
        <translation>die Batchgröße muss 0 (automatisch) oder zwischen 2 und 4096 sein (BatchNorm braucht zwei Bilder je Batch)</translation>
    </message>
    <message>
        <source>learning rate must be positive and at most 10</source>
        <translation>die Lernrate muss positiv und höchstens 10 sein</translation>
    </message>
    <message>
        <source>schedule must be one of %1</source>
        <translation>der Lernraten-Verlauf muss einer von %1 sein</translation>
    </message>
    <message>
        <source>warm-up must be between 0 and the number of epochs</source>
        <translation>das Aufwärmen muss zwischen 0 und der Zahl der Epochen liegen</translation>
    </message>
    <message>
        <source>optimizer must be sgd or adamw</source>
        <translation>der Optimierer muss sgd oder adamw sein</translation>
    </message>
    <message>
        <source>label smoothing must be at least 0 and below 1</source>
        <translation>die Label-Glättung muss mindestens 0 und unter 1 sein</translation>
    </message>
    <message>
        <source>gradient clipping must be 0 (off) or a positive norm</source>
        <translation>das Gradienten-Clipping muss 0 (aus) oder eine positive Norm sein</translation>
    </message>
    <message>
        <source>class weights must be none or balanced</source>
        <translation>die Klassengewichte müssen none oder balanced sein</translation>
    </message>
    <message>
        <source>cached views must be between 2 and %1</source>
        <translation>die zwischengespeicherten Ansichten müssen zwischen 2 und %1 liegen</translation>
    </message>
    <message>
        <source>early-stopping patience must be 0 (off) or more epochs</source>
        <translation>die Geduld für das vorzeitige Anhalten muss 0 (aus) oder mehr Epochen sein</translation>
    </message>
    <message>
        <source>the early-stopping metric must be val_accuracy or val_loss</source>
        <translation>die Metrik für das vorzeitige Anhalten muss val_accuracy oder val_loss sein</translation>
    </message>
    <message>
        <source>precision must be auto, fp32, fp16 or bf16</source>
        <translation>die Rechengenauigkeit muss auto, fp32, fp16 oder bf16 sein</translation>
    </message>
    <message>
        <source>channels-last must be auto, on or off</source>
        <translation>channels-last muss auto, on oder off sein</translation>
    </message>
    <message>
        <source>image size must be between 32 and 1024 pixels</source>
        <translation>die Bildgröße muss zwischen 32 und 1024 Pixeln liegen</translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message numerus="yes">
        <source>training needs labeled training images in at least two classes (this project has %n class(es) with training images)</source>
        <translation>
            <numerusform>das Training braucht beschriftete Trainingsbilder in mindestens zwei Klassen (dieses Projekt hat %n Klasse mit Trainingsbildern)</numerusform>
            <numerusform>das Training braucht beschriftete Trainingsbilder in mindestens zwei Klassen (dieses Projekt hat %n Klassen mit Trainingsbildern)</numerusform>
        </translation>
    </message>
    <message>
        <source>training needs validation images: split the dataset first</source>
        <translation>das Training braucht Validierungsbilder: teilen Sie zuerst den Datensatz auf</translation>
    </message>
</context>
<context>
    <name>TrainingReport</name>
    <message>
        <source>Calibration and unknown</source>
        <translation>Kalibrierung und Unbekannt</translation>
    </message>
    <message>
        <source>This run has no calibration (it was trained by an earlier version of Hone).</source>
        <translation>Dieser Lauf hat keine Kalibrierung (er wurde mit einer früheren Version von Hone trainiert).</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>1 (not fitted: %1)</source>
        <translation>1 (nicht angepasst: %1)</translation>
    </message>
    <message>
        <source>Expected calibration error, validation (10 bins)</source>
        <translation>Erwarteter Kalibrierungsfehler, Validierung (10 Bins)</translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation>%1 vorher, %2 nachher</translation>
    </message>
    <message>
        <source>Negative log-likelihood, validation</source>
        <translation>Negative Log-Likelihood, Validierung</translation>
    </message>
    <message>
        <source>Unknown below a calibrated confidence of</source>
        <translation>Unbekannt unter einer kalibrierten Konfidenz von</translation>
    </message>
    <message>
        <source>Unknown farther from every class centre than</source>
        <translation>Unbekannt bei größerem Abstand zu jedem Klassenzentrum als</translation>
    </message>
    <message>
        <source>On validation</source>
        <translation>Auf der Validierung</translation>
    </message>
    <message>
        <source>keeps %1 of the right answers (target %2), flags %3 of the wrong ones</source>
        <translation>behält %1 der richtigen Antworten (Ziel %2), markiert %3 der falschen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>reliability diagram of the evaluated split</source>
        <translation>Zuverlässigkeitsdiagramm der ausgewerteten Aufteilung</translation>
    </message>
    <message>
        <source>Training report: %1, run %2</source>
        <translation>Trainingsbericht: %1, Lauf %2</translation>
    </message>
    <message>
        <source>Written by Hone %1 on %2 from %3.</source>
        <translation>Geschrieben von Hone %1 am %2 aus %3.</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Status des Laufs</translation>
    </message>
    <message>
        <source>Best epoch (validation accuracy)</source>
        <translation>Beste Epoche (Validierungsgenauigkeit)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Ausgewertet auf</translation>
    </message>
    <message numerus="yes">
        <source>the %1 split, %n image(s)</source>
        <translation>
            <numerusform>Aufteilung %1, %n Bild</numerusform>
            <numerusform>Aufteilung %1, %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>%1 (95 % confidence interval %2 – %3)</source>
        <translation>%1 (95-%-Konfidenzintervall %2 – %3)</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>Top-%1 accuracy</source>
        <translation>Top-%1-Genauigkeit</translation>
    </message>
    <message>
        <source>Images skipped</source>
        <translation>Übersprungene Bilder</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <source>loss and accuracy curves</source>
        <translation>Verlust- und Genauigkeitskurven</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Je Klasse</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Most confused pairs</source>
        <translation>Am häufigsten verwechselte Paare</translation>
    </message>
    <message>
        <source>No image was confused.</source>
        <translation>Kein Bild wurde verwechselt.</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Wahre Klasse</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>Vorhergesagt als</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Share of the class</source>
        <translation>Anteil an der Klasse</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>Die sichersten Fehler</translation>
    </message>
    <message>
        <source>No image was misclassified.</source>
        <translation>Kein Bild wurde falsch klassifiziert.</translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>A data-doctor scan of all %1 images with %2 embeddings, %3-fold cross-validation (hone-cli doctor for the full list; fix them in the Doctor workspace).</source>
        <translation>Eine Datendoktor-Prüfung aller %1 Bilder mit %2-Embeddings, %3-fache Kreuzvalidierung (hone-cli doctor für die vollständige Liste; beheben Sie die Befunde in der Doktor-Ansicht).</translation>
    </message>
    <message>
        <source>Likely label errors</source>
        <translation>Wahrscheinliche Beschriftungsfehler</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>Duplikatgruppen</translation>
    </message>
    <message>
        <source>… of which across splits (leakage)</source>
        <translation>… davon über Aufteilungen hinweg (Datenleck)</translation>
    </message>
    <message>
        <source>Images with quality problems</source>
        <translation>Bilder mit Qualitätsproblemen</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Small classes</source>
        <translation>Kleine Klassen</translation>
    </message>
    <message>
        <source>Unreadable images</source>
        <translation>Unlesbare Bilder</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>The same picture in training and validation or test makes the measured accuracy too high.</source>
        <translation>Dasselbe Bild in Training und Validierung oder Test lässt die gemessene Genauigkeit zu hoch ausfallen.</translation>
    </message>
    <message>
        <source>Likeliest label errors</source>
        <translation>Wahrscheinlichste Beschriftungsfehler</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Sieht aus wie</translation>
    </message>
    <message>
        <source>Label quality</source>
        <translation>Beschriftungsqualität</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>near</source>
        <translation>ähnlich</translation>
    </message>
    <message>
        <source>Duplicates across splits</source>
        <translation>Duplikate über Aufteilungen hinweg</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Small class %1 (%2 images): %3</source>
        <translation>Kleine Klasse %1 (%2 Bilder): %3</translation>
    </message>
    <message>
        <source>%1 split, %2 correct</source>
        <translation>Aufteilung %1, %2 richtig</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Training report, run %1</source>
        <translation>Trainingsbericht, Lauf %1</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>noun: the class an image is labelled with</comment>
        <translation>Beschriftung</translation>
    </message>
</context>
<context>
    <name>TrunkCache</name>
    <message>
        <source>Feature cache off: the frozen stages&apos; output would take %1 GB of memory</source>
        <translation>Merkmals-Cache aus: die Ausgabe der eingefrorenen Stufen würde %1 GB Speicher belegen</translation>
    </message>
    <message>
        <source>Feature cache: the output of %1 for %2 images × %3 view(s)…</source>
        <translation>Merkmals-Cache: die Ausgabe von %1 für %2 Bilder × %3 Ansicht(en)…</translation>
    </message>
    <message>
        <source>Feature cache: %1 older set(s) removed (%2 MB) to stay within %3 MB</source>
        <translation>Merkmals-Cache: ältere Sätze entfernt (%1, %2 MB), um innerhalb von %3 MB zu bleiben</translation>
    </message>
    <message>
        <source>Feature cache: %1 reused, %2 computed in %3 s (%4 floats per image)</source>
        <translation>Merkmals-Cache: %1 wiederverwendet, %2 in %3 s berechnet (%4 Gleitkommazahlen je Bild)</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add class %1</source>
        <translation>Klasse %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>%n Bild importieren</numerusform>
            <numerusform>%n Bilder importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n image(s) as %1</source>
        <translation>
            <numerusform>%n Bild als %1 beschriften</numerusform>
            <numerusform>%n Bilder als %1 beschriften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the label of %n image(s)</source>
        <translation>
            <numerusform>Beschriftung von %n Bild entfernen</numerusform>
            <numerusform>Beschriftung von %n Bildern entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n image(s)</source>
        <translation>
            <numerusform>%n Bild aufteilen</numerusform>
            <numerusform>%n Bilder aufteilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class %1 to %2</source>
        <translation>Klasse %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Recolour class %1</source>
        <translation>Farbe der Klasse %1 ändern</translation>
    </message>
    <message>
        <source>Merge class %1 into %2</source>
        <translation>Klasse %1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Delete class %1</source>
        <translation>Klasse %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested label(s)</source>
        <translation>
            <numerusform>%n vorgeschlagene Beschriftung übernehmen</numerusform>
            <numerusform>%n vorgeschlagene Beschriftungen übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation>%1 als %2 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n image(s) as checked</source>
        <translation>
            <numerusform>%n Bild als geprüft markieren</numerusform>
            <numerusform>%n Bilder als geprüft markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n image(s)</source>
        <translation>
            <numerusform>Markierung von %n Bild aufheben</numerusform>
            <numerusform>Markierung von %n Bildern aufheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>%n Bild entfernen</numerusform>
            <numerusform>%n Bilder entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>The class does not exist in this project.</source>
        <translation>Die Klasse existiert in diesem Projekt nicht.</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>This image is in the dataset already, as %1.</source>
        <translation>Dieses Bild ist bereits im Datensatz, als %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>another file has taken its place</source>
        <translation>eine andere Datei hat ihren Platz eingenommen</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message numerus="yes">
        <source>CUDA: available (%n device(s))</source>
        <translation>
            <numerusform>CUDA: verfügbar (%n Gerät)</numerusform>
            <numerusform>CUDA: verfügbar (%n Geräte)</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: not available</source>
        <translation>CUDA: nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Transfer learning workbench</source>
        <translation>Werkbank für Transfer Learning</translation>
    </message>
    <message>
        <source>Project folder to open.</source>
        <translation>Zu öffnender Projektordner.</translation>
    </message>
    <message>
        <source>Hone</source>
        <translation>Hone</translation>
    </message>
    <message>
        <source>An unexpected error occurred and was stopped:
%1

Your project is saved.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten und wurde abgefangen:
%1

Ihr Projekt ist gespeichert.</translation>
    </message>
    <message>
        <source>User interface language for this run: en, de, fr, es, zh_CN or ja (default: the Preferences choice, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche für diesen Start: en, de, fr, es, zh_CN oder ja (Standard: die Wahl in den Einstellungen, sonst die des Systems).</translation>
    </message>
</context>
</TS>
