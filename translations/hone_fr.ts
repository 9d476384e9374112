<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccuracyText</name>
    <message>
        <source>%1 % (95 % CI %2–%3 %, n = %4)</source>
        <translation>%1 % (IC à 95 % %2–%3 %, n = %4)</translation>
    </message>
    <message>
        <source>On %1 validation images, differences under ±%2 points are noise.</source>
        <translation>Sur %1 images de validation, les écarts inférieurs à ±%2 points relèvent du bruit.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>AutoRecipe</name>
    <message>
        <source>the head alone on frozen features</source>
        <translation>la tête seule sur des caractéristiques figées</translation>
    </message>
    <message>
        <source>the head first, then fine-tuning</source>
        <translation>la tête d&apos;abord, puis l&apos;affinage</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>affinage complet</translation>
    </message>
    <message>
        <source>fine-tuning from stage %1 on</source>
        <translation>affinage à partir de l&apos;étape %1</translation>
    </message>
    <message>
        <source>no augmentation</source>
        <translation>aucune augmentation</translation>
    </message>
    <message>
        <source>flips</source>
        <translation>retournements</translation>
    </message>
    <message>
        <source>crops</source>
        <translation>recadrages</translation>
    </message>
    <message>
        <source>rotations</source>
        <translation>rotations</translation>
    </message>
    <message>
        <source>colour changes</source>
        <translation>changements de couleur</translation>
    </message>
    <message>
        <source>TrivialAugment</source>
        <translation>TrivialAugment</translation>
    </message>
    <message>
        <source>Auto chose: %1</source>
        <translation>Auto a choisi : %1</translation>
    </message>
    <message>
        <source>There are no pretrained weights, so every layer learns from your images.</source>
        <translation>Il n&apos;y a pas de poids préentraînés : chaque couche apprend de vos images.</translation>
    </message>
    <message>
        <source>%1 epochs of %2 steps (batches of %3) give about %4 steps, enough for %5 training images to settle.</source>
        <translation>%1 époques de %2 pas (lots de %3) donnent environ %4 pas, assez pour que %5 images d&apos;entraînement se stabilisent.</translation>
    </message>
    <message>
        <source>Random weights train at %1 px: small inputs learn as much from a few images and several times faster.</source>
        <translation>Des poids aléatoires s&apos;entraînent à %1 px : de petites entrées apprennent autant de peu d&apos;images, plusieurs fois plus vite.</translation>
    </message>
    <message>
        <source>%1 px is the size the weights were trained at.</source>
        <translation>%1 px est la taille à laquelle les poids ont été entraînés.</translation>
    </message>
    <message>
        <source>%1 at %2 for %3 epochs, %4 px, %5</source>
        <translation>%1 à %2 pendant %3 époques, %4 px, %5</translation>
    </message>
    <message>
        <source>The first %1 stages of the pretrained weights stay as they are and the rest learns from your images: on few images per class this beat training every layer and training the head alone.</source>
        <translation>Les %1 premières étapes des poids préentraînés restent telles quelles et le reste apprend de vos images : avec peu d&apos;images par classe, cela a battu l&apos;entraînement de toutes les couches comme celui de la tête seule.</translation>
    </message>
</context>
<context>
    <name>BackboneCatalog</name>
    <message>
        <source>the bundled weights %1 are missing from this build</source>
        <translation>les poids fournis %1 sont absents de cette version compilée</translation>
    </message>
    <message>
        <source>the bundled weights %1 do not match their recorded SHA-256</source>
        <translation>les poids fournis %1 ne correspondent pas à leur SHA-256 enregistré</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>réseau de base inconnu « %1 »</translation>
    </message>
    <message>
        <source>Hone ships no pretrained %1; use --weights imagenet, a weight file, or --backbone %2</source>
        <translation>Hone ne fournit pas de %1 pré-entraîné ; utilisez --weights imagenet, un fichier de poids ou --backbone %2</translation>
    </message>
    <message>
        <source>%1 are not weights of %2 (hone-cli backbones lists them)</source>
        <translation>%1 ne sont pas des poids de %2 (hone-cli backbones les liste)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a weight file nor weights of %2 (%3)</source>
        <translation>« %1 » n&apos;est ni un fichier de poids ni des poids de %2 (%3)</translation>
    </message>
    <message>
        <source>the weight file %1 does not exist</source>
        <translation>le fichier de poids %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>no weights %1 in this version of Hone</source>
        <translation>pas de poids %1 dans cette version de Hone</translation>
    </message>
    <message>
        <source>%1 (%2) is not downloaded yet: hone-cli backbones --download %3 %4, or pick it in the Train view</source>
        <translation>%1 (%2) n&apos;est pas encore téléchargé : hone-cli backbones --download %3 %4, ou choisissez-le dans la vue Entraînement</translation>
    </message>
    <message>
        <source>A sturdy all-rounder and a good first choice.</source>
        <translation>Un polyvalent robuste et un bon premier choix.</translation>
    </message>
    <message>
        <source>A deeper ResNet-18: a little more accurate, twice as slow.</source>
        <translation>Un ResNet-18 plus profond : un peu plus précis, deux fois plus lent.</translation>
    </message>
    <message>
        <source>The accurate classic; slow without a GPU.</source>
        <translation>Le classique précis ; lent sans GPU.</translation>
    </message>
    <message>
        <source>Small and fast; fine on a laptop.</source>
        <translation>Petit et rapide ; convient à un portable.</translation>
    </message>
    <message>
        <source>The fastest on a laptop; Hone ships it pretrained.</source>
        <translation>Le plus rapide sur un portable ; Hone le fournit préentraîné.</translation>
    </message>
    <message>
        <source>Fast with good accuracy: a fine trade-off without a GPU.</source>
        <translation>Rapide et assez précis : un bon compromis sans GPU.</translation>
    </message>
    <message>
        <source>Accurate for its small size; slower to train than its size suggests.</source>
        <translation>Précis pour sa petite taille ; plus lent à entraîner que sa taille ne le laisse penser.</translation>
    </message>
    <message>
        <source>The best accuracy here; slow without a GPU.</source>
        <translation>La meilleure précision ici ; lent sans GPU.</translation>
    </message>
    <message>
        <source>Modern and quick: more accurate than ResNet-34 at a quarter of its cost.</source>
        <translation>Moderne et rapide : plus précis que ResNet-34 pour le quart de son coût.</translation>
    </message>
    <message>
        <source>More accurate than ResNet-50 at less than half its cost.</source>
        <translation>Plus précis que ResNet-50 pour moins de la moitié de son coût.</translation>
    </message>
</context>
<context>
    <name>BackboneExport</name>
    <message>
        <source>run %1 has not finished; only a finished run can become a backbone</source>
        <translation>l&apos;exécution %1 n&apos;est pas terminée ; seule une exécution terminée peut devenir un réseau de base</translation>
    </message>
    <message>
        <source>cannot read back %1</source>
        <translation>impossible de relire %1</translation>
    </message>
</context>
<context>
    <name>BundledWeights</name>
    <message>
        <source>Fashion-MNIST, 6 clothing classes (pretrained by Hone)</source>
        <translation>Fashion-MNIST, 6 classes de vêtements (pré-entraîné par Hone)</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>%1 validation images are too few to fit a temperature (at least %2)</source>
        <translation>%1 images de validation sont trop peu pour ajuster une température (au moins %2)</translation>
    </message>
    <message>
        <source>every validation image is predicted right, so no temperature can be fitted</source>
        <translation>toutes les images de validation sont bien prédites, aucune température ne peut donc être ajustée</translation>
    </message>
    <message>
        <source>no validation image is predicted right, so no temperature can be fitted</source>
        <translation>aucune image de validation n&apos;est bien prédite, aucune température ne peut donc être ajustée</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>arguments manquants</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N.</source>
        <translation>auto, cpu, cuda ou cuda:N.</translation>
    </message>
    <message>
        <source>
Run &apos;hone-cli recover %1&apos; to restore it.</source>
        <translation>
Exécutez « hone-cli recover %1 » pour le restaurer.</translation>
    </message>
    <message>
        <source>Note: %1 is read-only; changes cannot be saved.</source>
        <translation>Remarque : %1 est en lecture seule ; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>Restored the last good version: %n image(s).</source>
        <translation>
            <numerusform>Dernière version valide restaurée : %n image.</numerusform>
            <numerusform>Dernière version valide restaurée : %n images.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty project.</source>
        <translation>Créer un projet vide.</translation>
    </message>
    <message>
        <source>Import image files and folders (folders per class, flat, or CSV).</source>
        <translation>Importer des images et des dossiers (dossiers par classe, à plat ou CSV).</translation>
    </message>
    <message>
        <source>Classes, counts and splits.</source>
        <translation>Classes, effectifs et ensembles.</translation>
    </message>
    <message>
        <source>Label one image.</source>
        <translation>Étiqueter une image.</translation>
    </message>
    <message>
        <source>Restore the last good project file.</source>
        <translation>Restaurer le dernier fichier de projet valide.</translation>
    </message>
    <message>
        <source>Split the labelled images into train, validation and test.</source>
        <translation>Répartir les images étiquetées entre entraînement, validation et test.</translation>
    </message>
    <message>
        <source>The backbone zoo: architectures, freeze stages and weights; downloads weights.</source>
        <translation>Zoo des réseaux de base : architectures, étages de gel, poids ; téléchargement.</translation>
    </message>
    <message>
        <source>Train a classifier; the run is kept in the project.</source>
        <translation>Entraîner un classifieur ; l&apos;exécution est conservée dans le projet.</translation>
    </message>
    <message>
        <source>Find a learning rate with a range test.</source>
        <translation>Trouver un taux d&apos;apprentissage par un test de plage.</translation>
    </message>
    <message>
        <source>Accuracy, per-class metrics and the confusion matrix of a run.</source>
        <translation>Exactitude, métriques par classe et matrice de confusion d&apos;une exécution.</translation>
    </message>
    <message>
        <source>A run&apos;s report as HTML or PDF (FILE.html, FILE.pdf).</source>
        <translation>Le rapport d&apos;une exécution en HTML ou PDF (FILE.html, FILE.pdf).</translation>
    </message>
    <message>
        <source>Export a run as TorchScript or ONNX, with FILE.json and the model card FILE.md.</source>
        <translation>Exporter une exécution en TorchScript ou ONNX, avec FILE.json et la fiche FILE.md.</translation>
    </message>
    <message>
        <source>Save a run&apos;s trunk as a backbone (.safetensors).</source>
        <translation>Enregistrer le tronc d&apos;une exécution comme réseau de base (.safetensors).</translation>
    </message>
    <message>
        <source>Pretrain a backbone (.safetensors) with a reproducible manifest.</source>
        <translation>Pré-entraîner un réseau de base (.safetensors) avec un manifeste reproductible.</translation>
    </message>
    <message>
        <source>Label issues, duplicates, leakage and bad images.</source>
        <translation>Problèmes d&apos;étiquette, doublons, fuites et images défectueuses.</translation>
    </message>
    <message>
        <source>What to label next, with suggested classes.</source>
        <translation>Quoi étiqueter ensuite, avec des classes proposées.</translation>
    </message>
    <message>
        <source>The dataset in two dimensions (FILE.csv or FILE.png).</source>
        <translation>Le jeu de données en deux dimensions (FILE.csv ou FILE.png).</translation>
    </message>
    <message>
        <source>Embeddings of images as JSON.</source>
        <translation>Plongements d&apos;images en JSON.</translation>
    </message>
    <message>
        <source>Classify images or folders with an exported model (.pt or .onnx); reports unknowns.</source>
        <translation>Classer des images ou des dossiers avec un modèle exporté (.pt ou .onnx) ; signale les inconnues.</translation>
    </message>
    <message>
        <source>Write the labelled images as class folders or a CSV file.</source>
        <translation>Écrire les images étiquetées en dossiers par classe ou en fichier CSV.</translation>
    </message>
    <message>
        <source>Create a Fashion-MNIST demo project.</source>
        <translation>Créer un projet de démonstration Fashion-MNIST.</translation>
    </message>
    <message>
        <source>Hone&apos;s version and those of Qt, LibTorch and OpenCV; whether CUDA is available.</source>
        <translation>La version de Hone et celles de Qt, LibTorch et OpenCV ; si CUDA est disponible.</translation>
    </message>
    <message>
        <source>Print Hone&apos;s version, the versions of Qt, LibTorch and OpenCV, and whether CUDA is available.</source>
        <translation>Afficher la version de Hone, les versions de Qt, LibTorch et OpenCV, et si CUDA est disponible.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file holds a NUL byte at offset %1: it is not a text file in UTF-8, Latin-1 or UTF-16</source>
        <translation>le fichier contient un octet NUL à la position %1 : ce n&apos;est pas un fichier texte en UTF-8, Latin-1 ou UTF-16</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>le fichier n&apos;est pas un texte UTF-16 valide</translation>
    </message>
    <message>
        <source>the file holds a NUL character: it is not a text file</source>
        <translation>le fichier contient un caractère NUL : ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>ligne %1 : un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>%1 is not empty; choose a new folder</source>
        <translation>%1 n&apos;est pas vide ; choisissez un nouveau dossier</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation>impossible de copier %1 dans %2</translation>
    </message>
    <message>
        <source>no output path</source>
        <translation>aucun chemin de sortie</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>cannot open %1; install the dataset-fashion-mnist package</source>
        <translation>impossible d&apos;ouvrir %1 ; installez le paquet dataset-fashion-mnist</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 est endommagé</translation>
    </message>
    <message>
        <source>the Fashion-MNIST files are not in IDX format</source>
        <translation>les fichiers Fashion-MNIST ne sont pas au format IDX</translation>
    </message>
    <message>
        <source>the Fashion-MNIST files are truncated</source>
        <translation>les fichiers Fashion-MNIST sont tronqués</translation>
    </message>
    <message>
        <source>Fashion-MNIST has no class %1 (0 to 9)</source>
        <translation>Fashion-MNIST n&apos;a pas de classe %1 (0 à 9)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>the %1 split has no labeled image of the run&apos;s classes</source>
        <translation>l&apos;ensemble %1 n&apos;a aucune image étiquetée des classes de l&apos;exécution</translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation>échec de l&apos;évaluation : %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>an unknown error</source>
        <translation>une erreur inconnue</translation>
    </message>
    <message>
        <source>an unknown error in a background task</source>
        <translation>une erreur inconnue dans une tâche d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>image processing failed: %1</source>
        <translation>échec du traitement d&apos;image : %1</translation>
    </message>
    <message>
        <source>an unexpected error (%1)</source>
        <translation>une erreur inattendue (%1)</translation>
    </message>
</context>
<context>
    <name>GradCam</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>class %1 is not one of the model&apos;s %2 classes</source>
        <translation>la classe %1 n&apos;est pas l&apos;une des %2 classes du modèle</translation>
    </message>
    <message>
        <source>Grad-CAM failed: %1</source>
        <translation>échec de Grad-CAM : %1</translation>
    </message>
</context>
<context>
    <name>Hone</name>
    <message>
        <source>Trained from a random initialisation: no third-party weights.</source>
        <translation>Entraîné à partir d&apos;une initialisation aléatoire : aucun poids tiers.</translation>
    </message>
    <message>
        <source>Started from Hone&apos;s bundled %1 weights (%2), pretrained by `hone-cli pretrain` on %3. Fashion-MNIST is published under the MIT licence; the weights ship with Hone.</source>
        <translation>Démarré à partir des poids %1 fournis avec Hone (%2), pré-entraînés par `hone-cli pretrain` sur %3. Fashion-MNIST est publié sous licence MIT ; les poids sont livrés avec Hone.</translation>
    </message>
    <message>
        <source>Started from torchvision&apos;s %1 weights (%2, %3 top-1 on %4), downloaded from %5. torchvision&apos;s code and weights are published under the BSD-3-Clause licence; the weights were trained on %4, whose terms of access (non-commercial research and education) may bind how a derived model can be used.</source>
        <translation>Démarré à partir des poids %1 de torchvision (%2, %3 top-1 sur %4), téléchargés depuis %5. Le code et les poids de torchvision sont publiés sous licence BSD-3-Clause ; les poids ont été entraînés sur %4, dont les conditions d&apos;accès (recherche et enseignement non commerciaux) peuvent restreindre l&apos;usage d&apos;un modèle dérivé.</translation>
    </message>
    <message>
        <source>Started from the zoo weights %1, which this version of Hone does not know.</source>
        <translation>Démarré à partir des poids du zoo %1, que cette version de Hone ne connaît pas.</translation>
    </message>
    <message>
        <source>Started from the weight file %1. Its licence is whatever its source says: check it before sharing this model.</source>
        <translation>Démarré à partir du fichier de poids %1. Sa licence est celle qu&apos;indique sa source : vérifiez-la avant de partager ce modèle.</translation>
    </message>
    <message>
        <source>Model card: %1</source>
        <translation>Fiche du modèle : %1</translation>
    </message>
    <message>
        <source>Exported by Hone %1 from run %2 of %3, a %4 classifier of %5 classes.</source>
        <translation>Exporté par Hone %1 depuis l&apos;exécution %2 de %3, un classifieur %4 de %5 classes.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Input and preprocessing</source>
        <translation>Entrée et prétraitement</translation>
    </message>
    <message>
        <source>Input: float32, NCHW, shape [N, 3, %1, %1], RGB channel order.</source>
        <translation>Entrée : float32, NCHW, forme [N, 3, %1, %1], canaux dans l&apos;ordre RGB.</translation>
    </message>
    <message>
        <source>Resizing (the caller&apos;s job): %1.</source>
        <translation>Redimensionnement (à la charge de l&apos;appelant) : %1.</translation>
    </message>
    <message>
        <source>Pixel values: 0–255 as they are. The graph normalises them itself: (x / 255 − mean) / std with mean %1 and std %2.</source>
        <translation>Valeurs des pixels : 0–255 telles quelles. Le graphe les normalise lui-même : (x / 255 − mean) / std avec mean %1 et std %2.</translation>
    </message>
    <message>
        <source>Pixel values: scale to 0–1 (divide by 255), then (x − mean) / std with mean %1 and std %2.</source>
        <translation>Valeurs des pixels : ramener à 0–1 (diviser par 255), puis (x − mean) / std avec mean %1 et std %2.</translation>
    </message>
    <message>
        <source>Output: probabilities (softmax in the graph), [N, %1].</source>
        <translation>Sortie : probabilités (softmax dans le graphe), [N, %1].</translation>
    </message>
    <message>
        <source>Output: logits, [N, %1]; apply a softmax for probabilities.</source>
        <translation>Sortie : logits, [N, %1] ; appliquez un softmax pour obtenir des probabilités.</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Exactitude en validation</translation>
    </message>
    <message>
        <source>%1 on %2 validation images (95 % confidence interval %3 – %4, Wilson), the weights of epoch %5 of %6.</source>
        <translation>%1 sur %2 images de validation (intervalle de confiance à 95 % %3 – %4, Wilson), poids de l&apos;époque %5 sur %6.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>Images de validation</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>With %1 validation images, differences under about ±%2 points are noise.</source>
        <translation>Avec %1 images de validation, les écarts inférieurs à environ ±%2 points relèvent du bruit.</translation>
    </message>
    <message>
        <source>The run has no validation result.</source>
        <translation>L&apos;exécution n&apos;a pas de résultat de validation.</translation>
    </message>
    <message>
        <source>Calibration and &quot;unknown&quot;</source>
        <translation>Calibration et « inconnu »</translation>
    </message>
    <message>
        <source>The run was not calibrated (it was trained by an earlier version of Hone): confidences are the softmax as it is, and no threshold is set.</source>
        <translation>L&apos;exécution n&apos;a pas été calibrée (elle a été entraînée par une version antérieure de Hone) : les confiances sont le softmax tel quel, et aucun seuil n&apos;est défini.</translation>
    </message>
    <message>
        <source>Temperature %1 (calibrated probabilities are softmax(logits / %1)), fitted on %2 validation images.</source>
        <translation>Température %1 (les probabilités calibrées sont softmax(logits / %1)), ajustée sur %2 images de validation.</translation>
    </message>
    <message>
        <source>Not fitted: %1.</source>
        <translation>Non ajustée : %1.</translation>
    </message>
    <message>
        <source>Expected calibration error (10 bins): %1 before, %2 after.</source>
        <translation>Erreur de calibration attendue (10 intervalles) : %1 avant, %2 après.</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; when the calibrated confidence is below %1, or when the image&apos;s pooled features (the &quot;embedding&quot; output) are farther than %2 from every class centre (1 − cosine similarity; the centres are in the metadata&apos;s calibration.novelty).</source>
        <translation>« Inconnu » lorsque la confiance calibrée est inférieure à %1, ou lorsque les caractéristiques agrégées de l&apos;image (la sortie « embedding ») sont à plus de %2 de chaque centre de classe (1 − similarité cosinus ; les centres figurent dans calibration.novelty des métadonnées).</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; when the calibrated confidence is below %1.</source>
        <translation>« Inconnu » lorsque la confiance calibrée est inférieure à %1.</translation>
    </message>
    <message>
        <source>On validation this keeps %1 of the correct predictions (target %2) and flags %3 of the wrong ones.</source>
        <translation>En validation, cela conserve %1 des prédictions correctes (objectif %2) et signale %3 des erronées.</translation>
    </message>
    <message>
        <source>Both checks only know the classes above. Things the model never saw but that look like one of its classes still pass; when such images are common where the model is used, add a &quot;background&quot; class with examples of them.</source>
        <translation>Les deux contrôles ne connaissent que les classes ci-dessus. Ce que le modèle n&apos;a jamais vu mais qui ressemble à l&apos;une de ses classes passe quand même ; lorsque de telles images sont fréquentes là où le modèle est utilisé, ajoutez une classe « background » avec des exemples de celles-ci.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>%1 training and %2 validation images; dataset hash %3.</source>
        <translation>%1 images d&apos;entraînement et %2 de validation ; empreinte du jeu de données %3.</translation>
    </message>
    <message>
        <source>Recipe %1, freeze depth %2, %3 epochs at learning rate %4, image size %5, seed %6, on %7.</source>
        <translation>Recette %1, profondeur de gel %2, %3 époques avec un taux d&apos;apprentissage de %4, taille d&apos;image %5, graine %6, sur %7.</translation>
    </message>
    <message>
        <source>Started %1, ended %2.</source>
        <translation>Début %1, fin %2.</translation>
    </message>
    <message>
        <source>Backbone and licence</source>
        <translation>Réseau de base et licence</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>The export was not verified (--no-verify).</source>
        <translation>L&apos;export n&apos;a pas été vérifié (--no-verify).</translation>
    </message>
    <message>
        <source>%1 is not a bookmark list (%2); left as it is</source>
        <translation>%1 n&apos;est pas une liste de signets (%2) ; laissé tel quel</translation>
    </message>
</context>
<context>
    <name>Hone::BackbonePicker</name>
    <message>
        <source>&amp;Download</source>
        <translation>Téléch&amp;arger</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Import a weight file (.pth, .safetensors) — torchvision&apos;s, timm&apos;s or a Hone backbone</source>
        <translation>Importer un fichier de poids (.pth, .safetensors) — de torchvision, de timm ou un réseau de base Hone</translation>
    </message>
    <message>
        <source>How many stages of the backbone stay frozen: left trains everything, right trains only the new head</source>
        <translation>Nombre d&apos;étages du réseau de base qui restent gelés : à gauche, tout s&apos;entraîne ; à droite, seule la nouvelle tête s&apos;entraîne</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 MB</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Échec du téléchargement : %1</translation>
    </message>
    <message>
        <source>None (random initialisation)</source>
        <translation>Aucun (initialisation aléatoire)</translation>
    </message>
    <message>
        <source> — %1 % top-1</source>
        <translation> — %1 % top-1</translation>
    </message>
    <message>
        <source> — bundled</source>
        <translation> — fourni</translation>
    </message>
    <message>
        <source> — not downloaded</source>
        <translation> — non téléchargé</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>%1, %2 parameters before the new classifier layer, %3 px input</source>
        <translation>%1, %2 paramètres avant la nouvelle couche de classification, entrée %3 px</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Every weight starts random: expect to need many more images and epochs.</source>
        <translation>Tous les poids partent de valeurs aléatoires : attendez-vous à avoir besoin de bien plus d&apos;images et d&apos;époques.</translation>
    </message>
    <message>
        <source>Not on this computer yet: %1, from %2</source>
        <translation>Pas encore sur cet ordinateur : %1, depuis %2</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>Prêt : %1</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Lecture de %1 …</translation>
    </message>
    <message>
        <source>Cannot use this file: %1</source>
        <translation>Impossible d&apos;utiliser ce fichier : %1</translation>
    </message>
    <message>
        <source>Load report: %1</source>
        <translation>Rapport de chargement : %1</translation>
    </message>
    <message>
        <source>Nothing frozen: every stage trains.</source>
        <translation>Rien n&apos;est gelé : tous les étages s&apos;entraînent.</translation>
    </message>
    <message>
        <source>Frozen: the whole backbone (%1 … %2); only the head trains.</source>
        <translation>Gelé : tout le réseau de base (%1 … %2) ; seule la tête s&apos;entraîne.</translation>
    </message>
    <message>
        <source>Frozen: %1; training: %2 and the head.</source>
        <translation>Gelé : %1 ; entraîné : %2 et la tête.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 parameters train (%4 %).</source>
        <translation>%1 %2 paramètres sur %3 s&apos;entraînent (%4 %).</translation>
    </message>
    <message>
        <source>Import Weights</source>
        <translation>Importer des poids</translation>
    </message>
    <message>
        <source>Weight files (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Fichiers de poids (*.pth *.pt *.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>; ImageNet top-1 %1 %</source>
        <translation> ; top-1 ImageNet %1 %</translation>
    </message>
    <message>
        <source>Training takes %1 ms per image on this computer&apos;s CPU at %2 px.</source>
        <translation>L&apos;entraînement prend %1 ms par image sur le processeur de cet ordinateur à %2 px.</translation>
    </message>
    <message>
        <source>Measuring its speed on this computer…</source>
        <translation>Mesure de sa vitesse sur cet ordinateur…</translation>
    </message>
</context>
<context>
    <name>Hone::CameraFeed</name>
    <message>
        <source>The camera is no longer connected.</source>
        <translation>La caméra n&apos;est plus connectée.</translation>
    </message>
    <message>
        <source>This build of Hone has no camera support.</source>
        <translation>Cette version de Hone ne prend pas en charge les caméras.</translation>
    </message>
</context>
<context>
    <name>Hone::ClassPanel</name>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Classes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press 1–9 to label the selection, 0 to clear.</source>
        <translation>Appuyez sur 1–9 pour étiqueter la sélection, 0 pour effacer l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Add Class…</source>
        <translation>Ajouter une classe…</translation>
    </message>
    <message>
        <source>%1   %2  (%3 · %4/%5/%6)</source>
        <translation>%1   %2  (%3 · %4/%5/%6)</translation>
    </message>
    <message>
        <source>%1: %2 images — training %3, validation %4, test %5, no split %6</source>
        <translation>%1 : %2 images — entraînement %3, validation %4, test %5, sans ensemble %6</translation>
    </message>
    <message>
        <source>0   unlabeled  (%1)</source>
        <translation>0   non étiquetées  (%1)</translation>
    </message>
    <message>
        <source>Add Class</source>
        <translation>Ajouter une classe</translation>
    </message>
    <message>
        <source>Class name:</source>
        <translation>Nom de la classe :</translation>
    </message>
    <message>
        <source>There is already a class named %1.</source>
        <translation>Il existe déjà une classe nommée %1.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename Class</source>
        <translation>Renommer la classe</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Change &amp;Colour…</source>
        <translation>Changer la &amp;couleur…</translation>
    </message>
    <message>
        <source>Class Colour</source>
        <translation>Couleur de la classe</translation>
    </message>
    <message>
        <source>&amp;Merge Into</source>
        <translation>&amp;Fusionner dans</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>There is already a class named %1; merge the two instead.</source>
        <translation>Il existe déjà une classe nommée %1 ; fusionnez plutôt les deux.</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>Supprimer la classe</translation>
    </message>
    <message numerus="yes">
        <source>Delete the class %1? Its %n image(s) stay in the project, unlabeled. (To give them another class, use Merge Into instead.) Edit › Undo brings everything back.</source>
        <translation>
            <numerusform>Supprimer la classe %1 ? %n image reste dans le projet, non étiquetée. (Pour lui donner une autre classe, utilisez plutôt Fusionner dans.) Édition › Annuler rétablit tout.</numerusform>
            <numerusform>Supprimer la classe %1 ? %n images restent dans le projet, non étiquetées. (Pour leur donner une autre classe, utilisez plutôt Fusionner dans.) Édition › Annuler rétablit tout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::Cli</name>
    <message>
        <source>List the backbones, their freeze stages and the weights they can start from; download weights into the cache.</source>
        <translation>Lister les réseaux de base, leurs étages de gel et les poids dont ils peuvent partir ; télécharger des poids dans le cache.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Download the weights ID of backbone NAME (give both: --download NAME ID).</source>
        <translation>Télécharger les poids ID du réseau de base NAME (donner les deux : --download NAME ID).</translation>
    </message>
    <message>
        <source>With --download: the weights id (default: imagenet).</source>
        <translation>Avec --download : l&apos;identifiant des poids (par défaut : imagenet).</translation>
    </message>
    <message>
        <source> [bundled]</source>
        <translation> [fourni]</translation>
    </message>
    <message>
        <source> [downloaded]</source>
        <translation> [téléchargé]</translation>
    </message>
    <message>
        <source>Print each image&apos;s pooled features before the classifier, one JSON object per line: {&quot;image&quot;: PATH, &quot;features&quot;: [...]}.</source>
        <translation>Afficher les caractéristiques agrégées de chaque image avant le classifieur, un objet JSON par ligne : {&quot;image&quot;: PATH, &quot;features&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Images.</source>
        <translation>Images.</translation>
    </message>
    <message>
        <source>Architecture (hone-cli backbones).</source>
        <translation>Architecture (hone-cli backbones).</translation>
    </message>
    <message>
        <source>default, imagenet, none, a catalog id or a weight file.</source>
        <translation>default, imagenet, none, un identifiant du catalogue ou un fichier de poids.</translation>
    </message>
    <message>
        <source>Input size (default: the size the weights were trained at, else the architecture&apos;s).</source>
        <translation>Taille d&apos;entrée (par défaut : la taille d&apos;entraînement des poids, sinon celle de l&apos;architecture).</translation>
    </message>
    <message>
        <source>JSON output (the only format; accepted for clarity).</source>
        <translation>Sortie JSON (le seul format ; accepté par souci de clarté).</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>réseau de base inconnu « %1 »</translation>
    </message>
    <message>
        <source>--image-size: give a size from 16 to 1024</source>
        <translation>--image-size : indiquez une taille de 16 à 1024</translation>
    </message>
    <message>
        <source>warning: the weights cover the backbone only in part: %1</source>
        <translation>avertissement : les poids ne couvrent le réseau de base qu&apos;en partie : %1</translation>
    </message>
    <message>
        <source>hone-cli: error: %1: %2</source>
        <translation>hone-cli: error: %1 : %2</translation>
    </message>
    <message>
        <source>Pretrain a backbone and save it, without its classifier layer, as OUTPUT.safetensors with a manifest (OUTPUT.json: the command, seed, data and SHA-256). Data: Fashion-MNIST training images of the given classes, or a labelled project.</source>
        <translation>Pré-entraîner un réseau de base et l&apos;enregistrer, sans sa couche de classification, dans OUTPUT.safetensors avec un manifeste (OUTPUT.json : la commande, la graine, les données et le SHA-256). Données : les images d&apos;entraînement Fashion-MNIST des classes indiquées, ou un projet étiqueté.</translation>
    </message>
    <message>
        <source>The .safetensors file to write.</source>
        <translation>Le fichier .safetensors à écrire.</translation>
    </message>
    <message>
        <source>Fashion-MNIST labels to pretrain on, e.g. 0,2,3,4,6,9.</source>
        <translation>Étiquettes Fashion-MNIST sur lesquelles pré-entraîner, p. ex. 0,2,3,4,6,9.</translation>
    </message>
    <message>
        <source>Training images per class (default 1000).</source>
        <translation>Images d&apos;entraînement par classe (1000 par défaut).</translation>
    </message>
    <message>
        <source>Pretrain on this labelled project instead.</source>
        <translation>Pré-entraîner plutôt sur ce projet étiqueté.</translation>
    </message>
    <message>
        <source>Keep the Fashion-MNIST project in DIR (default: a temporary folder).</source>
        <translation>Conserver le projet Fashion-MNIST dans DIR (par défaut : un dossier temporaire).</translation>
    </message>
    <message>
        <source>Weights id for the manifest (default: the file&apos;s base name).</source>
        <translation>Identifiant des poids pour le manifeste (par défaut : le nom de base du fichier).</translation>
    </message>
    <message>
        <source>A one-line description for the manifest.</source>
        <translation>Une description d&apos;une ligne pour le manifeste.</translation>
    </message>
    <message>
        <source>give either --fashion-mnist LIST or --project DIR</source>
        <translation>indiquez soit --fashion-mnist LIST, soit --project DIR</translation>
    </message>
    <message>
        <source>OUTPUT must end in .safetensors</source>
        <translation>OUTPUT doit se terminer par .safetensors</translation>
    </message>
    <message>
        <source>--fashion-mnist: &apos;%1&apos; is not a label from 0 to 9</source>
        <translation>--fashion-mnist : « %1 » n&apos;est pas une étiquette de 0 à 9</translation>
    </message>
    <message>
        <source>--per-class: give at least 10</source>
        <translation>--per-class : indiquez au moins 10</translation>
    </message>
    <message>
        <source>Writing %1 Fashion-MNIST training images per class (%2) to %3 …</source>
        <translation>Écriture de %1 images d&apos;entraînement Fashion-MNIST par classe (%2) dans %3 …</translation>
    </message>
    <message>
        <source>Backbone written: %1 (%2 bytes, SHA-256 %3, best validation accuracy %4 %)</source>
        <translation>Réseau de base écrit : %1 (%2 octets, SHA-256 %3, meilleure exactitude en validation %4 %)</translation>
    </message>
    <message>
        <source>Save a finished run&apos;s network, without its classifier layer, as a backbone (.safetensors) other projects can start from.</source>
        <translation>Enregistrer le réseau d&apos;une exécution terminée, sans sa couche de classification, comme réseau de base (.safetensors) dont d&apos;autres projets peuvent partir.</translation>
    </message>
    <message>
        <source>Project folder.</source>
        <translation>Dossier du projet.</translation>
    </message>
    <message>
        <source>Run id (default: the latest finished).</source>
        <translation>Identifiant de l&apos;exécution (par défaut : la dernière terminée).</translation>
    </message>
    <message>
        <source>Keep float32 weights (default: float16, half the size).</source>
        <translation>Conserver les poids en float32 (par défaut : float16, moitié moins volumineux).</translation>
    </message>
    <message>
        <source>--output FILE.safetensors is required</source>
        <translation>--output FILE.safetensors est obligatoire</translation>
    </message>
    <message>
        <source>Backbone of run %1 written (SHA-256 %2); train with --weights %3</source>
        <translation>Réseau de base de l&apos;exécution %1 écrit (SHA-256 %2) ; entraînez avec --weights %3</translation>
    </message>
    <message>
        <source>Find mislabelled images (confident learning on K-fold out-of-sample probabilities), exact and near duplicates (and those across splits), image problems, outliers and small classes.</source>
        <translation>Trouver les images mal étiquetées (apprentissage confiant sur des probabilités hors échantillon à K plis), les doublons exacts et proches (et ceux entre ensembles), les problèmes d&apos;image, les images atypiques et les petites classes.</translation>
    </message>
    <message>
        <source>Cross-validation folds (default 5).</source>
        <translation>Plis de validation croisée (5 par défaut).</translation>
    </message>
    <message>
        <source>Label-issue ranking: self-confidence (default) or margin.</source>
        <translation>Classement des problèmes d&apos;étiquette : self-confidence (par défaut) ou margin.</translation>
    </message>
    <message>
        <source>Near duplicates: the cosine similarity of (centred) embeddings that links two images whose perceptual hashes are only loosely alike (default 0.97).</source>
        <translation>Quasi-doublons : la similarité cosinus des plongements (centrés) qui relie deux images dont les empreintes perceptuelles ne se ressemblent que vaguement (0.97 par défaut).</translation>
    </message>
    <message>
        <source>Near duplicates: the most bits of 64 in which the perceptual hashes of two look-alike images differ (default 4).</source>
        <translation>Quasi-doublons : le nombre maximal de bits, sur 64, par lesquels diffèrent les empreintes perceptuelles de deux images semblables (4 par défaut).</translation>
    </message>
    <message>
        <source>Seed of the fold assignment (default 0).</source>
        <translation>Graine de l&apos;affectation aux plis (0 par défaut).</translation>
    </message>
    <message>
        <source>L2 penalty of the fold heads on standardised embeddings (default %1).</source>
        <translation>Pénalité L2 des têtes des plis sur les plongements standardisés (%1 par défaut).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>--folds: give a number from 2 to 20</source>
        <translation>--folds : indiquez un nombre de 2 à 20</translation>
    </message>
    <message>
        <source>--rank: self-confidence or margin</source>
        <translation>--rank : self-confidence ou margin</translation>
    </message>
    <message>
        <source>--similarity: give a value in (0, 1]</source>
        <translation>--similarity : indiquez une valeur dans (0, 1]</translation>
    </message>
    <message>
        <source>--hash-distance: give a number from 0 to 32</source>
        <translation>--hash-distance : indiquez un nombre de 0 à 32</translation>
    </message>
    <message>
        <source>--head-l2: give a value from 0 to 100</source>
        <translation>--head-l2 : indiquez une valeur de 0 à 100</translation>
    </message>
    <message>
        <source>--seed: give a whole number</source>
        <translation>--seed : indiquez un nombre entier</translation>
    </message>
    <message>
        <source>the project has no images</source>
        <translation>le projet n&apos;a pas d&apos;images</translation>
    </message>
    <message>
        <source>doctor: embeddings %1/%2</source>
        <translation>doctor : plongements %1/%2</translation>
    </message>
    <message>
        <source>doctor: fold %1/%2</source>
        <translation>doctor : pli %1/%2</translation>
    </message>
    <message>
        <source>%1: embeddings %2/%3</source>
        <translation>%1 : plongements %2/%3</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>non étiquetée</translation>
    </message>
    <message>
        <source>could not encode the picture</source>
        <translation>impossible d&apos;encoder l&apos;image</translation>
    </message>
    <message>
        <source>Suggest classes for the unlabeled images and list them most useful to label first: a softmax head on the labeled images&apos; embeddings scores the rest by the strategy, in diverse batches. With fewer than two classes labeled there is no head yet: typical, diverse images come first (k-means on the embeddings) and &quot;suggested&quot; is null.</source>
        <translation>Proposer des classes pour les images non étiquetées et les lister en commençant par les plus utiles à étiqueter : une tête softmax entraînée sur les plongements des images étiquetées note les autres selon la stratégie, par lots diversifiés. Avec moins de deux classes étiquetées, il n&apos;y a pas encore de tête : les images typiques et diversifiées viennent en premier (k-means sur les plongements) et &quot;suggested&quot; vaut null.</translation>
    </message>
    <message>
        <source>margin (default), entropy, least-confidence or random.</source>
        <translation>margin (par défaut), entropy, least-confidence ou random.</translation>
    </message>
    <message>
        <source>List at most N images (default: all unlabeled).</source>
        <translation>Lister au plus N images (par défaut : toutes les non étiquetées).</translation>
    </message>
    <message>
        <source>Diversity batch: images labeled between retrains (default 20).</source>
        <translation>Lot de diversité : images étiquetées entre deux réentraînements (20 par défaut).</translation>
    </message>
    <message>
        <source>Seed of the random strategy and the cold start (default 0).</source>
        <translation>Graine de la stratégie random et du démarrage à froid (0 par défaut).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>--strategy: margin, entropy, least-confidence or random</source>
        <translation>--strategy : margin, entropy, least-confidence ou random</translation>
    </message>
    <message>
        <source>--count: give a number of at least 1</source>
        <translation>--count : indiquez un nombre supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>--batch: give a number from 1 to 1000</source>
        <translation>--batch : indiquez un nombre de 1 à 1000</translation>
    </message>
    <message>
        <source>suggest: skipped %1: %2</source>
        <translation>suggest : %1 ignorée : %2</translation>
    </message>
    <message>
        <source>suggest: fewer than two classes are labeled, so these are typical, diverse images to label first, without suggestions</source>
        <translation>suggest : moins de deux classes sont étiquetées ; voici donc des images typiques et diversifiées à étiqueter en premier, sans propositions</translation>
    </message>
    <message>
        <source>Place every image&apos;s embedding on a 2-D map (UMAP after PCA) and write the coordinates (CSV: image,x,y,label) or a picture of it (PNG).</source>
        <translation>Placer le plongement de chaque image sur une carte 2D (UMAP après ACP) et écrire les coordonnées (CSV : image,x,y,label) ou une image de la carte (PNG).</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.png.</source>
        <translation>FILE.csv ou FILE.png.</translation>
    </message>
    <message>
        <source>Neighbours of the graph (default 15).</source>
        <translation>Voisins du graphe (15 par défaut).</translation>
    </message>
    <message>
        <source>Seed of the layout (default 0).</source>
        <translation>Graine de la disposition (0 par défaut).</translation>
    </message>
    <message>
        <source>--output: give a .csv or .png file</source>
        <translation>--output : indiquez un fichier .csv ou .png</translation>
    </message>
    <message>
        <source>--neighbours: give a number from 2 to 100</source>
        <translation>--neighbours : indiquez un nombre de 2 à 100</translation>
    </message>
    <message>
        <source>map: layout %1/%2</source>
        <translation>map : disposition %1/%2</translation>
    </message>
    <message>
        <source>map: %1, %2 s</source>
        <translation>map : %1, %2 s</translation>
    </message>
    <message>
        <source>Train a classifier on the project in DIR.</source>
        <translation>Entraîner un classifieur sur le projet situé dans DIR.</translation>
    </message>
    <message>
        <source>Continue the stopped or failed run ID from its last checkpoint, with its own settings.</source>
        <translation>Poursuivre l&apos;exécution ID arrêtée ou échouée depuis son dernier point de contrôle, avec ses propres paramètres.</translation>
    </message>
    <message>
        <source>Assigned %1 labeled images to train/val (80/20, stratified)</source>
        <translation>%1 images étiquetées réparties entre train/val (80/20, stratifié)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>run %1 was stopped before it finished; its weights so far are saved</source>
        <translation>l&apos;exécution %1 a été arrêtée avant la fin ; ses poids à ce stade sont enregistrés</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>Exécution %1 %2</translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation>Téléchargement de %1 …</translation>
    </message>
    <message>
        <source>Find a learning rate: train a throw-away copy of the configured model while the rate grows, and suggest the rate where the loss fell fastest.</source>
        <translation>Trouver un taux d&apos;apprentissage : entraîner une copie jetable du modèle configuré pendant que le taux augmente, et proposer le taux où la perte a baissé le plus vite.</translation>
    </message>
    <message>
        <source>Lowest rate (default 1e-7).</source>
        <translation>Taux le plus bas (1e-7 par défaut).</translation>
    </message>
    <message>
        <source>Highest rate (default 1).</source>
        <translation>Taux le plus haut (1 par défaut).</translation>
    </message>
    <message>
        <source>Batches (default 100).</source>
        <translation>Lots (100 par défaut).</translation>
    </message>
    <message>
        <source>Print the curve and the suggestion as JSON.</source>
        <translation>Afficher la courbe et la proposition en JSON.</translation>
    </message>
    <message>
        <source>a numeric option has a value that is not a number</source>
        <translation>une option numérique a une valeur qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>suggested learning rate: %1 (%2 steps, %3)</source>
        <translation>taux d&apos;apprentissage proposé : %1 (%2 pas, %3)</translation>
    </message>
    <message>
        <source>Evaluate a run on the validation or test split.</source>
        <translation>Évaluer une exécution sur l&apos;ensemble de validation ou de test.</translation>
    </message>
    <message>
        <source>val or test.</source>
        <translation>val ou test.</translation>
    </message>
    <message>
        <source>--split must be val or test (or train)</source>
        <translation>--split doit valoir val ou test (ou train)</translation>
    </message>
    <message>
        <source>run %1, %2 split: accuracy %3 % on %4 images, macro-F1 %5</source>
        <translation>exécution %1, ensemble %2 : exactitude %3 % sur %4 images, macro-F1 %5</translation>
    </message>
    <message>
        <source>top-%1 accuracy %2 %</source>
        <translation>exactitude top-%1 %2 %</translation>
    </message>
    <message>
        <source>most confused:</source>
        <translation>les plus confondues :</translation>
    </message>
    <message>
        <source>Export a trained run as a model file, verified by reloading it.</source>
        <translation>Exporter une exécution entraînée sous forme de fichier de modèle, vérifié par rechargement.</translation>
    </message>
    <message>
        <source>torchscript or onnx.</source>
        <translation>torchscript ou onnx.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <source>Skip the reload-and-compare check.</source>
        <translation>Ignorer la vérification par rechargement et comparaison.</translation>
    </message>
    <message>
        <source>Put the softmax in the graph: the model outputs probabilities.</source>
        <translation>Mettre le softmax dans le graphe : le modèle produit des probabilités.</translation>
    </message>
    <message>
        <source>The graph takes RGB pixel values 0-255 (float32 NCHW at the model&apos;s input size) and normalises them itself.</source>
        <translation>Le graphe prend des valeurs de pixels RGB 0-255 (float32 NCHW à la taille d&apos;entrée du modèle) et les normalise lui-même.</translation>
    </message>
    <message>
        <source>Do not write the model card (OUTPUT.md).</source>
        <translation>Ne pas écrire la fiche du modèle (OUTPUT.md).</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output est obligatoire</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation>format inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>wrote %1 (run %2)</source>
        <translation>%1 écrit (exécution %2)</translation>
    </message>
    <message>
        <source>model card: %1</source>
        <translation>fiche du modèle : %1</translation>
    </message>
    <message>
        <source>Classify images with an exported model. An image whose calibrated confidence is below the model&apos;s threshold is reported as unknown.</source>
        <translation>Classer des images avec un modèle exporté. Une image dont la confiance calibrée est inférieure au seuil du modèle est signalée comme inconnue.</translation>
    </message>
    <message>
        <source>A .pt or .onnx file exported by Hone.</source>
        <translation>Un fichier .pt ou .onnx exporté par Hone.</translation>
    </message>
    <message>
        <source>Image files, or folders of them (searched recursively).</source>
        <translation>Fichiers image, ou dossiers qui en contiennent (parcourus récursivement).</translation>
    </message>
    <message>
        <source>Also write the predictions as CSV to FILE.</source>
        <translation>Écrire aussi les prédictions en CSV dans FILE.</translation>
    </message>
    <message>
        <source>Unknown below this calibrated confidence, 0-1 (default: the model&apos;s).</source>
        <translation>Inconnu sous cette confiance calibrée, 0-1 (par défaut : celle du modèle).</translation>
    </message>
    <message>
        <source>Unknown above this distance from every class, 0-2 (default: the model&apos;s).</source>
        <translation>Inconnu au-delà de cette distance de chaque classe, 0-2 (par défaut : celle du modèle).</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Pas de progression sur stderr.</translation>
    </message>
    <message>
        <source>hone-cli: warning: %1 holds no image</source>
        <translation>hone-cli: warning: %1 ne contient aucune image</translation>
    </message>
    <message>
        <source>no image to classify</source>
        <translation>aucune image à classer</translation>
    </message>
    <message>
        <source>--threshold must be a number from 0 to 1</source>
        <translation>--threshold doit être un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>--max-distance must be a number from 0 to 2</source>
        <translation>--max-distance doit être un nombre de 0 à 2</translation>
    </message>
    <message>
        <source>classified %1 of %2 images</source>
        <translation>%1 images classées sur %2</translation>
    </message>
    <message>
        <source>unknown (%1?)</source>
        <translation>inconnu (%1 ?)</translation>
    </message>
    <message>
        <source>%1 images: %2 known, %3 unknown (confidence below %4 %%5), %6 unreadable</source>
        <translation>%1 images : %2 connues, %3 inconnues (confiance inférieure à %4 %%5), %6 illisibles</translation>
    </message>
    <message>
        <source> or farther than %1 from every class</source>
        <translation> ou à plus de %1 de chaque classe</translation>
    </message>
    <message>
        <source>the project could not be saved</source>
        <translation>le projet n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Create an empty project in DIR.</source>
        <translation>Créer un projet vide dans DIR.</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>Projet %1 créé</translation>
    </message>
    <message>
        <source>Import images into the project in DIR.</source>
        <translation>Importer des images dans le projet situé dans DIR.</translation>
    </message>
    <message>
        <source>Image files or folders.</source>
        <translation>Fichiers image ou dossiers.</translation>
    </message>
    <message>
        <source>auto, folders (one folder per class), flat, or csv (path,label rows).</source>
        <translation>auto, folders (un dossier par classe), flat ou csv (lignes path,label).</translation>
    </message>
    <message>
        <source>Copy the images into the project (the default).</source>
        <translation>Copier les images dans le projet (par défaut).</translation>
    </message>
    <message>
        <source>Leave the images where they are and reference them.</source>
        <translation>Laisser les images où elles sont et y faire référence.</translation>
    </message>
    <message>
        <source>--copy and --reference exclude each other</source>
        <translation>--copy et --reference s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>unknown layout &apos;%1&apos;</source>
        <translation>disposition inconnue « %1 »</translation>
    </message>
    <message>
        <source>Imported %1 images, %2 refused, %3 duplicates</source>
        <translation>%1 images importées, %2 refusées, %3 doublons</translation>
    </message>
    <message>
        <source>Restore the last good version of the project file in DIR when the current one cannot be read. The unreadable file is kept beside it.</source>
        <translation>Restaurer la dernière version valide du fichier de projet dans DIR lorsque l&apos;actuel est illisible. Le fichier illisible est conservé à côté.</translation>
    </message>
    <message>
        <source>The project file of %1 reads correctly; nothing to recover.</source>
        <translation>Le fichier de projet de %1 se lit correctement ; rien à récupérer.</translation>
    </message>
    <message>
        <source>cannot recover %1: %2</source>
        <translation>impossible de récupérer %1 : %2</translation>
    </message>
    <message>
        <source>The unreadable file is kept as %1</source>
        <translation>Le fichier illisible est conservé sous le nom %1</translation>
    </message>
    <message>
        <source>Summarise the project in DIR.</source>
        <translation>Résumer le projet situé dans DIR.</translation>
    </message>
    <message>
        <source>%1 images, %2 labeled, %3 unlabeled</source>
        <translation>%1 images, %2 étiquetées, %3 non étiquetées</translation>
    </message>
    <message>
        <source>splits: train %1, val %2, test %3</source>
        <translation>ensembles : train %1, val %2, test %3</translation>
    </message>
    <message>
        <source>Label IMAGE (a project-relative path) as CLASS; the class is created if new.</source>
        <translation>Étiqueter IMAGE (un chemin relatif au projet) comme CLASS ; la classe est créée si elle est nouvelle.</translation>
    </message>
    <message>
        <source>Image path inside the project.</source>
        <translation>Chemin de l&apos;image dans le projet.</translation>
    </message>
    <message>
        <source>Class name.</source>
        <translation>Nom de la classe.</translation>
    </message>
    <message>
        <source>no image &apos;%1&apos; in this project</source>
        <translation>pas d&apos;image « %1 » dans ce projet</translation>
    </message>
    <message>
        <source>the class name is empty</source>
        <translation>le nom de la classe est vide</translation>
    </message>
    <message>
        <source>Split the labeled images into train/val/test, stratified by class.</source>
        <translation>Répartir les images étiquetées entre train/val/test, en stratifiant par classe.</translation>
    </message>
    <message>
        <source>Train share.</source>
        <translation>Part d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Validation share.</source>
        <translation>Part de validation.</translation>
    </message>
    <message>
        <source>Test share.</source>
        <translation>Part de test.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>ratios must be non-negative numbers and the seed an integer</source>
        <translation>les proportions doivent être des nombres positifs ou nuls et la graine un entier</translation>
    </message>
    <message>
        <source>Write a demo project of Fashion-MNIST images to DIR.</source>
        <translation>Écrire un projet de démonstration d&apos;images Fashion-MNIST dans DIR.</translation>
    </message>
    <message>
        <source>Project folder (created).</source>
        <translation>Dossier du projet (créé).</translation>
    </message>
    <message>
        <source>Images per class.</source>
        <translation>Images par classe.</translation>
    </message>
    <message>
        <source>--per-class must be between 2 and 1000</source>
        <translation>--per-class doit être compris entre 2 et 1000</translation>
    </message>
    <message>
        <source>Demo project written to %1</source>
        <translation>Projet de démonstration écrit dans %1</translation>
    </message>
    <message>
        <source>Export the labeled images as an ImageFolder tree or a CSV.</source>
        <translation>Exporter les images étiquetées sous forme d&apos;arborescence ImageFolder ou de CSV.</translation>
    </message>
    <message>
        <source>folders or csv.</source>
        <translation>folders ou csv.</translation>
    </message>
    <message>
        <source>A new folder, or the CSV file.</source>
        <translation>Un nouveau dossier, ou le fichier CSV.</translation>
    </message>
    <message>
        <source>folders: put classes under train/, val/ and test/.</source>
        <translation>folders : placer les classes sous train/, val/ et test/.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected folders or csv)</source>
        <translation>format inconnu « %1 » (attendu : folders ou csv)</translation>
    </message>
    <message>
        <source>%1: the file is missing; left out</source>
        <translation>%1 : le fichier est manquant ; ignoré</translation>
    </message>
    <message>
        <source>Wrote %1 images to %2</source>
        <translation>%1 images écrites dans %2</translation>
    </message>
    <message>
        <source>Write a training report (HTML, or PDF when FILE ends in .pdf): configuration, curves, confusion matrix, per-class table and the most confident mistakes, and a data-health section.</source>
        <translation>Écrire un rapport d&apos;entraînement (HTML, ou PDF si FILE se termine par .pdf) : configuration, courbes, matrice de confusion, tableau par classe, erreurs les plus confiantes et une section sur la santé des données.</translation>
    </message>
    <message>
        <source>Output file (.html or .pdf).</source>
        <translation>Fichier de sortie (.html ou .pdf).</translation>
    </message>
    <message>
        <source>Leave out the data-health section (a data-doctor scan with the bundled backbone).</source>
        <translation>Omettre la section sur la santé des données (une analyse du docteur des données avec le réseau de base fourni).</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>--output FILE est obligatoire</translation>
    </message>
    <message>
        <source>warning: no data-health section: %1</source>
        <translation>avertissement : pas de section sur la santé des données : %1</translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation>Rapport de l&apos;exécution %1 écrit dans %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>[training options]</source>
        <translation>[options d&apos;entraînement]</translation>
    </message>
    <message>
        <source>Training options (%1):</source>
        <translation>Options d&apos;entraînement (%1) :</translation>
    </message>
    <message>
        <source>Exit status and output:</source>
        <translation>Code de sortie et sorties :</translation>
    </message>
    <message>
        <source>&apos;hone-cli COMMAND --help&apos; describes a command and each of its options.</source>
        <translation>« hone-cli COMMAND --help » décrit une commande et chacune de ses options.</translation>
    </message>
    <message>
        <source>Usage: hone-cli COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Usage: hone-cli COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Hone without a window: every step from import to export, for scripts and machines without a display.</source>
        <translation>Hone sans fenêtre : chaque étape de l&apos;importation à l&apos;export, pour les scripts et les machines sans écran.</translation>
    </message>
    <message>
        <source>0 success; 1 failure, with &quot;hone-cli: error: ...&quot; on stderr; 2 usage error. --json output goes to stdout alone, so it always parses; progress and messages go to stderr. Without --run, a command uses the latest finished run.</source>
        <translation>0 succès ; 1 échec, avec « hone-cli: error: ... » sur stderr ; 2 erreur d&apos;usage. La sortie --json va seule sur stdout, elle est donc toujours analysable ; la progression et les messages vont sur stderr. Sans --run, une commande utilise la dernière exécution terminée.</translation>
    </message>
    <message>
        <source>Checking images: %1/%2</source>
        <translation>Vérification des images : %1/%2</translation>
    </message>
    <message>
        <source>best validation accuracy %1, epoch %2</source>
        <translation>meilleure exactitude en validation %1, époque %2</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>exactitude %1</translation>
    </message>
    <message>
        <source>--image-size: give 32 to 1024 pixels</source>
        <translation>--image-size : indiquez de 32 à 1024 pixels</translation>
    </message>
    <message>
        <source>%1 at %2 px: %3 ms per image to train on %4 (%5 threads)</source>
        <translation>%1 à %2 px : %3 ms par image pour l&apos;entraînement sur %4 (%5 threads)</translation>
    </message>
    <message>
        <source>Measure how long backbone NAME takes to train on one image on this computer (kept for the GUI&apos;s picker).</source>
        <translation>Mesure le temps que met le backbone NAME à s&apos;entraîner sur une image sur cet ordinateur (conservé pour le sélecteur de l&apos;interface).</translation>
    </message>
    <message>
        <source>With --speed: the input size (default: the size its default weights train at).</source>
        <translation>Avec --speed : la taille d&apos;entrée (par défaut : celle de ses poids par défaut).</translation>
    </message>
</context>
<context>
    <name>Hone::Cli::EmbeddingOptions</name>
    <message>
        <source>Architecture whose embeddings are used (default: the bundled one).</source>
        <translation>Architecture dont les plongements sont utilisés (par défaut : celle fournie).</translation>
    </message>
    <message>
        <source>default, imagenet, none, a catalog id or a weight file (default: the bundled weights for the bundled backbone, ImageNet for the others).</source>
        <translation>default, imagenet, none, un identifiant du catalogue ou un fichier de poids (par défaut : les poids fournis pour le réseau de base fourni, ImageNet pour les autres).</translation>
    </message>
    <message>
        <source>Input size (default: the weights&apos; own).</source>
        <translation>Taille d&apos;entrée (par défaut : celle des poids).</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>réseau de base inconnu « %1 »</translation>
    </message>
    <message>
        <source>--image-size: give a size from 16 to 1024</source>
        <translation>--image-size : indiquez une taille de 16 à 1024</translation>
    </message>
</context>
<context>
    <name>Hone::Cli::TrainingOptions</name>
    <message>
        <source>--%1: &apos;%2&apos; is not understood</source>
        <translation>--%1 : « %2 » n&apos;est pas compris</translation>
    </message>
    <message>
        <source>--freeze: &apos;%1&apos; is not a stage of %2 (%3)</source>
        <translation>--freeze : « %1 » n&apos;est pas un étage de %2 (%3)</translation>
    </message>
    <message>
        <source>the project&apos;s default weights (%1) are not for %2: add --weights default, imagenet, none or a file</source>
        <translation>les poids par défaut du projet (%1) ne sont pas destinés à %2 : ajoutez --weights default, imagenet, none ou un fichier</translation>
    </message>
    <message>
        <source>resnet18, resnet34, resnet50, mobilenet_v2, mobilenet_v3_small, mobilenet_v3_large, efficientnet_b0, efficientnet_v2_s, regnet_y_800mf or regnet_y_1_6gf (hone-cli backbones).</source>
        <translation>resnet18, resnet34, resnet50, mobilenet_v2, mobilenet_v3_small, mobilenet_v3_large, efficientnet_b0, efficientnet_v2_s, regnet_y_800mf ou regnet_y_1_6gf (hone-cli backbones).</translation>
    </message>
    <message>
        <source>default (the backbone Hone ships), imagenet (torchvision&apos;s, downloaded once), none, a catalog id (hone-cli backbones), or a weight file (.pth, .safetensors).</source>
        <translation>default (le réseau de base fourni avec Hone), imagenet (celui de torchvision, téléchargé une seule fois), none, un identifiant du catalogue (hone-cli backbones) ou un fichier de poids (.pth, .safetensors).</translation>
    </message>
    <message>
        <source>Frozen stages: 0 = train all ... 5 = head only, or the name of the last frozen stage (hone-cli backbones lists them).</source>
        <translation>Étages gelés : 0 = tout entraîner ... 5 = la tête seule, ou le nom du dernier étage gelé (hone-cli backbones les liste).</translation>
    </message>
    <message>
        <source>fine-tune: epochs of the head alone (default: a fifth).</source>
        <translation>fine-tune : époques de la tête seule (par défaut : un cinquième).</translation>
    </message>
    <message>
        <source>fine-tune: rate factor per stage below the head (default 0.5).</source>
        <translation>fine-tune : facteur de taux par étage en dessous de la tête (0.5 par défaut).</translation>
    </message>
    <message>
        <source>Epochs.</source>
        <translation>Époques.</translation>
    </message>
    <message>
        <source>Batch size, or auto (4 to 32: about 16 steps an epoch; the default).</source>
        <translation>Taille de lot, ou auto (4 à 32 : environ 16 pas par époque ; par défaut).</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>Taux d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>adamw or sgd.</source>
        <translation>adamw ou sgd.</translation>
    </message>
    <message>
        <source>Nesterov momentum (SGD).</source>
        <translation>Momentum de Nesterov (SGD).</translation>
    </message>
    <message>
        <source>Weight decay (not on biases and norms).</source>
        <translation>Décroissance des poids (sauf sur les biais et les couches de normalisation).</translation>
    </message>
    <message>
        <source>Weight decay on biases and norms too.</source>
        <translation>Décroissance des poids également sur les biais et les couches de normalisation.</translation>
    </message>
    <message>
        <source>Learning-rate schedule: cosine, onecycle, step or constant.</source>
        <translation>Planification du taux d&apos;apprentissage : cosine, onecycle, step ou constant.</translation>
    </message>
    <message>
        <source>Warm-up epochs (cosine schedule).</source>
        <translation>Époques d&apos;échauffement (planification cosine).</translation>
    </message>
    <message>
        <source>Label smoothing, 0 to below 1.</source>
        <translation>Lissage des étiquettes, de 0 à moins de 1.</translation>
    </message>
    <message>
        <source>Clip the global gradient norm to X (0 = off).</source>
        <translation>Écrêter la norme globale du gradient à X (0 = désactivé).</translation>
    </message>
    <message>
        <source>none or balanced (inverse class frequency).</source>
        <translation>none ou balanced (inverse de la fréquence des classes).</translation>
    </message>
    <message>
        <source>Stop after N epochs without improvement (0 = off).</source>
        <translation>Arrêter après N époques sans amélioration (0 = désactivé).</translation>
    </message>
    <message>
        <source>val_accuracy or val_loss: what improves, and which epoch is best.</source>
        <translation>val_accuracy ou val_loss : ce qui doit s&apos;améliorer, et quelle époque est la meilleure.</translation>
    </message>
    <message>
        <source>Keep the last epoch&apos;s weights instead of the best epoch&apos;s.</source>
        <translation>Conserver les poids de la dernière époque au lieu de ceux de la meilleure.</translation>
    </message>
    <message>
        <source>Augmentations, comma-separated: flip, crop, rotate, color, trivial (default: flip).</source>
        <translation>Augmentations, séparées par des virgules : flip, crop, rotate, color, trivial (par défaut : flip).</translation>
    </message>
    <message>
        <source>No augmentation at all.</source>
        <translation>Aucune augmentation.</translation>
    </message>
    <message>
        <source>Feature cache: random views kept per image when augmenting more than flips (default 4).</source>
        <translation>Cache de caractéristiques : vues aléatoires conservées par image quand l&apos;augmentation va au-delà des miroirs (4 par défaut).</translation>
    </message>
    <message>
        <source>Run the frozen stages on every batch instead of caching their output.</source>
        <translation>Exécuter les étages gelés à chaque lot au lieu de mettre leur sortie en cache.</translation>
    </message>
    <message>
        <source>Input size in pixels.</source>
        <translation>Taille d&apos;entrée en pixels.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>CPU threads (0 = all cores).</source>
        <translation>Threads CPU (0 = tous les cœurs).</translation>
    </message>
    <message>
        <source>auto (fp16 mixed precision on CUDA, fp32 on a CPU), fp32, fp16 (CUDA) or bf16 (CUDA, or CPUs with AVX-512 BF16).</source>
        <translation>auto (précision mixte fp16 sur CUDA, fp32 sur CPU), fp32, fp16 (CUDA) ou bf16 (CUDA, ou CPU dotés d&apos;AVX-512 BF16).</translation>
    </message>
    <message>
        <source>Channels-last memory format: auto (on CUDA), on or off.</source>
        <translation>Format mémoire channels-last : auto (sur CUDA), on ou off.</translation>
    </message>
    <message>
        <source>auto (the default: chosen from the data, see README), custom (train from --freeze on), feature-extraction (the head only) or fine-tune (the head first, then from --freeze on with lower rates for earlier stages).</source>
        <translation>auto (par défaut : choisi d&apos;après les données, voir README), custom (entraîner à partir de --freeze), feature-extraction (la tête seule) ou fine-tune (la tête d&apos;abord, puis à partir de --freeze avec des taux plus faibles pour les étapes précédentes).</translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionGallery</name>
    <message>
        <source>%1 predicted as %2</source>
        <translation>%1 prédit comme %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of class %1 predicted as %2, most confident first. Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); double-click to open an image in the Dataset view.</source>
        <translation>
            <numerusform>%n image de la classe %1 prédite comme %2, les plus confiantes d&apos;abord. Appuyez sur 1–9 pour donner une classe aux images sélectionnées, 0 pour retirer leur étiquette (Édition › Annuler rétablit) ; double-cliquez pour ouvrir une image dans la vue Jeu de données.</numerusform>
            <numerusform>%n images de la classe %1 prédites comme %2, les plus confiantes d&apos;abord. Appuyez sur 1–9 pour donner une classe aux images sélectionnées, 0 pour retirer leur étiquette (Édition › Annuler rétablit) ; double-cliquez pour ouvrir une image dans la vue Jeu de données.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionMatrixWidget</name>
    <message>
        <source>Click a cell to see its images</source>
        <translation>Cliquez sur une cellule pour voir ses images</translation>
    </message>
    <message numerus="yes">
        <source>%1 predicted as %2: %n image(s), %3 % of the class. Click to see them.</source>
        <translation>
            <numerusform>%1 prédit comme %2 : %n image, %3 % de la classe. Cliquez pour la voir.</numerusform>
            <numerusform>%1 prédit comme %2 : %n images, %3 % de la classe. Cliquez pour les voir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first validation pass.</source>
        <translation>La matrice de confusion apparaît après la première passe de validation.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>prédit</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>classe réelle</translation>
    </message>
</context>
<context>
    <name>Hone::CrossValidation</name>
    <message>
        <source>no labelled images: label issues need labels to check</source>
        <translation>aucune image étiquetée : la recherche de problèmes d&apos;étiquette a besoin d&apos;étiquettes</translation>
    </message>
    <message>
        <source>no class has two labelled images: label issues need at least two per class</source>
        <translation>aucune classe n&apos;a deux images étiquetées : la recherche de problèmes d&apos;étiquette en demande au moins deux par classe</translation>
    </message>
    <message>
        <source>%1 folds instead of %2: the smallest class has %3 images</source>
        <translation>%1 plis au lieu de %2 : la plus petite classe a %3 images</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) with a single image not scored: no model can learn a class from the image it judges</source>
        <translation>
            <numerusform>%n classe d&apos;une seule image non évaluée : aucun modèle ne peut apprendre une classe à partir de l&apos;image même qu&apos;il juge</numerusform>
            <numerusform>%n classes d&apos;une seule image non évaluées : aucun modèle ne peut apprendre une classe à partir de l&apos;image même qu&apos;il juge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DataDoctor</name>
    <message>
        <source>no labelled images: the model cannot learn this class; label some or remove the class</source>
        <translation>aucune image étiquetée : le modèle ne peut pas apprendre cette classe ; étiquetez-en quelques-unes ou supprimez la classe</translation>
    </message>
    <message>
        <source>%1× fewer images than the median class (%2): training sees it rarely, so the model leans towards the larger classes and its accuracy on this one is the least certain. Label more of it, or train with class weights (balanced).</source>
        <translation>%1× moins d&apos;images que la classe médiane (%2) : l&apos;entraînement la voit rarement, le modèle penche donc vers les classes plus grandes et son exactitude sur celle-ci est la moins sûre. Étiquetez-en davantage, ou entraînez avec des poids de classe (balanced).</translation>
    </message>
    <message>
        <source>Scanned %1 images (%2 labelled) with %3 in %4 s; %5 folds.</source>
        <translation>%1 images analysées (%2 étiquetées) avec %3 en %4 s ; %5 plis.</translation>
    </message>
    <message>
        <source>Label issues: %1</source>
        <translation>Problèmes d&apos;étiquette : %1</translation>
    </message>
    <message>
        <source>  %1: labelled %2, looks like %3 (score %4)</source>
        <translation>  %1 : étiquetée %2, ressemble à %3 (score %4)</translation>
    </message>
    <message>
        <source>Duplicate groups: %1 (%2 across splits)</source>
        <translation>Groupes de doublons : %1 (%2 entre ensembles)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>near</source>
        <translation>proche</translation>
    </message>
    <message>
        <source>, across splits</source>
        <translation>, entre ensembles</translation>
    </message>
    <message>
        <source>Image problems: %1</source>
        <translation>Problèmes d&apos;image : %1</translation>
    </message>
    <message>
        <source>Outliers: %1</source>
        <translation>Images atypiques : %1</translation>
    </message>
    <message>
        <source>Small class %1 (%2 images): %3</source>
        <translation>Petite classe %1 (%2 images) : %3</translation>
    </message>
    <message>
        <source>Unreadable images: %1</source>
        <translation>Images illisibles : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) checked earlier and not shown</source>
        <translation>
            <numerusform>%n constat vérifié auparavant et non affiché</numerusform>
            <numerusform>%n constats vérifiés auparavant et non affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DatasetWorkspace</name>
    <message>
        <source>All splits</source>
        <translation>Tous les ensembles</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>the test split (noun), beside Training and Validation</extracomment>
        <translation>Test</translation>
    </message>
    <message>
        <source>No split</source>
        <translation>Sans ensemble</translation>
    </message>
    <message>
        <source>Filter by file name…</source>
        <translation>Filtrer par nom de fichier…</translation>
    </message>
    <message>
        <source>How the Label next queue ranks unlabeled images</source>
        <translation>Comment la file d&apos;étiquetage prioritaire classe les images non étiquetées</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <source>Least confidence</source>
        <translation>Plus faible confiance</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Import &amp;Images or CSV…</source>
        <translation>Importer des &amp;images ou un CSV…</translation>
    </message>
    <message>
        <source>Import Images</source>
        <translation>Importer des images</translation>
    </message>
    <message>
        <source>Images and label files (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)</source>
        <translation>Images et fichiers d&apos;étiquettes (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)</translation>
    </message>
    <message>
        <source>Off: images stay where they are and the project refers to them.</source>
        <translation>Désactivé : les images restent où elles sont et le projet y fait référence.</translation>
    </message>
    <message>
        <source>&amp;Split Dataset…</source>
        <translation>&amp;Répartir le jeu de données…</translation>
    </message>
    <message>
        <source>&amp;Next Unlabeled Image</source>
        <translation>Image non étiquetée &amp;suivante</translation>
    </message>
    <message>
        <source>Every image here is labeled</source>
        <translation>Toutes les images ici sont étiquetées</translation>
    </message>
    <message>
        <source>Move to &amp;Training Split</source>
        <translation>Placer dans l&apos;ensemble d&apos;&amp;entraînement</translation>
    </message>
    <message>
        <source>Move to &amp;Validation Split</source>
        <translation>Placer dans l&apos;ensemble de &amp;validation</translation>
    </message>
    <message>
        <source>Move to T&amp;est Split</source>
        <translation>Placer dans l&apos;ensemble de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Remove from Splits</source>
        <translation>Retirer des e&amp;nsembles</translation>
    </message>
    <message>
        <source>Export Dataset as &amp;Folders…</source>
        <translation>Exporter le jeu de données en &amp;dossiers…</translation>
    </message>
    <message>
        <source>Export Dataset as &amp;CSV…</source>
        <translation>Exporter le &amp;jeu de données en CSV…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Non étiquetées</translation>
    </message>
    <message>
        <source>No class %1: add classes in the class panel first</source>
        <translation>Pas de classe %1 : ajoutez d&apos;abord des classes dans le panneau des classes</translation>
    </message>
    <message>
        <source>Split the labeled images per class</source>
        <translation>Images étiquetées réparties par classe</translation>
    </message>
    <message>
        <source>Export Dataset as CSV</source>
        <translation>Exporter le jeu de données en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Dataset into an Empty Folder</source>
        <translation>Exporter le jeu de données dans un dossier vide</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>Exporter le jeu de données</translation>
    </message>
    <message>
        <source>Put the classes under train/, val/ and test/ folders?</source>
        <translation>Placer les classes dans des dossiers train/, val/ et test/ ?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1</source>
        <translation>
            <numerusform>%n image exportée dans %1</numerusform>
            <numerusform>%n images exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing images…</source>
        <translation>Importation des images…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>L&apos;importation a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n image(s)</source>
        <translation>
            <numerusform>%n image importée</numerusform>
            <numerusform>%n images importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n doublon ignoré</numerusform>
            <numerusform>, %n doublons ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulée)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggest classes for unlabeled images with a head trained on the labeled ones; it retrains in the background as you label.</source>
        <translation>Proposer des classes pour les images non étiquetées grâce à une tête entraînée sur les images étiquetées ; elle se réentraîne en arrière-plan au fil de l&apos;étiquetage.</translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Label</source>
        <translation>&amp;Accepter l&apos;étiquette proposée</translation>
    </message>
    <message>
        <source>No suggestion to accept here</source>
        <translation>Aucune proposition à accepter ici</translation>
    </message>
    <message>
        <source>Accept Suggestions</source>
        <translation>Accepter les propositions</translation>
    </message>
    <message>
        <source>Accept every suggested label at or above this confidence (%):</source>
        <translation>Accepter toutes les étiquettes proposées dont la confiance atteint au moins ce seuil (%) :</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggested label(s) (undo reverts them all)</source>
        <translation>
            <numerusform>%n étiquette proposée acceptée (Annuler la retire)</numerusform>
            <numerusform>%n étiquettes proposées acceptées (Annuler les retire toutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label Next Queue</source>
        <translation>&amp;File d&apos;étiquetage prioritaire</translation>
    </message>
    <message>
        <source>Show only unlabeled images, the ones whose labels teach the model most first</source>
        <translation>N&apos;afficher que les images non étiquetées, en commençant par celles dont l&apos;étiquette apprend le plus au modèle</translation>
    </message>
    <message>
        <source>Nothing left to label</source>
        <translation>Plus rien à étiqueter</translation>
    </message>
    <message>
        <source>%1? %2 % — Enter accepts</source>
        <translation>%1 ? %2 % — Entrée pour accepter</translation>
    </message>
    <message>
        <source>C&amp;opy Imported Images into the Project</source>
        <translation>&amp;Copier les images importées dans le projet</translation>
    </message>
    <message>
        <source>Show Su&amp;ggested Labels</source>
        <translation>Afficher les étiquettes &amp;proposées</translation>
    </message>
    <message>
        <source>Accept All Suggestions A&amp;bove…</source>
        <translation>Accepter toutes les propositions au-dessus d&apos;un se&amp;uil…</translation>
    </message>
    <message>
        <source>Ne&amp;xt in Label Queue</source>
        <translation>Image suivante de la fi&amp;le</translation>
    </message>
</context>
<context>
    <name>Hone::DoctorFindingsModel</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Given label</source>
        <translation>Étiquette donnée</translation>
    </message>
    <message>
        <source>Suggested label</source>
        <translation>Étiquette proposée</translation>
    </message>
    <message>
        <source>Label quality</source>
        <translation>Qualité de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Kind / label</source>
        <translation>Type / étiquette</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Leak</source>
        <translation>Fuite</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Outlier score</source>
        <translation>Score d&apos;atypicité</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Effect on training</source>
        <translation>Effet sur l&apos;entraînement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>non étiquetée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates (%n image(s))</source>
        <translation>
            <numerusform>Doublons exacts (%n image)</numerusform>
            <numerusform>Doublons exacts (%n images)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near duplicates (%n image(s))</source>
        <translation>
            <numerusform>Quasi-doublons (%n image)</numerusform>
            <numerusform>Quasi-doublons (%n images)</numerusform>
        </translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>near</source>
        <translation>proche</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>fuite</translation>
    </message>
    <message>
        <source>no longer leaking</source>
        <translation>plus de fuite</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>sombre</translation>
    </message>
    <message>
        <source>overexposed</source>
        <translation>surexposée</translation>
    </message>
    <message>
        <source>blurry</source>
        <translation>floue</translation>
    </message>
    <message>
        <source>low information</source>
        <extracomment>an image that is nearly flat: almost one grey level</extracomment>
        <translation>peu informative</translation>
    </message>
    <message>
        <source>odd size</source>
        <extracomment>an image whose size or aspect ratio is unusual among the dataset&apos;s images</extracomment>
        <translation>taille inhabituelle</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>niveaux de gris</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the problems of one image</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Split</source>
        <comment>noun: train, val or test</comment>
        <translation>Ensemble</translation>
    </message>
</context>
<context>
    <name>Hone::DoctorWorkspace</name>
    <message>
        <source>Label issues (%1)</source>
        <translation>Problèmes d&apos;étiquette (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Doublons (%1)</translation>
    </message>
    <message>
        <source>Leakage (%1)</source>
        <translation>Fuites (%1)</translation>
    </message>
    <message>
        <source>Image problems (%1)</source>
        <translation>Problèmes d&apos;image (%1)</translation>
    </message>
    <message>
        <source>Outliers (%1)</source>
        <translation>Images atypiques (%1)</translation>
    </message>
    <message>
        <source>Small classes (%1)</source>
        <translation>Petites classes (%1)</translation>
    </message>
    <message>
        <source>Unreadable (%1)</source>
        <translation>Illisibles (%1)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Réentraîner</translation>
    </message>
    <message>
        <source>Look for mislabelled images, duplicates, leakage across splits and image problems</source>
        <translation>Rechercher les images mal étiquetées, les doublons, les fuites entre ensembles et les problèmes d&apos;image</translation>
    </message>
    <message>
        <source>Scan the project (%1)</source>
        <translation>Analyser le projet (%1)</translation>
    </message>
    <message>
        <source>The network whose embeddings the scan compares</source>
        <translation>Le réseau dont l&apos;analyse compare les plongements</translation>
    </message>
    <message>
        <source>Cross-validation folds: each image is judged by a model that never saw it</source>
        <translation>Plis de validation croisée : chaque image est jugée par un modèle qui ne l&apos;a jamais vue</translation>
    </message>
    <message>
        <source>Self-confidence</source>
        <translation>Confiance propre</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>How label issues are ranked: the probability of the given label, or its margin over the most likely other class</source>
        <translation>Comment les problèmes d&apos;étiquette sont classés : la probabilité de l&apos;étiquette donnée, ou sa marge sur l&apos;autre classe la plus probable</translation>
    </message>
    <message>
        <source>Train again with the current settings on the fixed dataset</source>
        <translation>Réentraîner avec les paramètres actuels sur le jeu de données corrigé</translation>
    </message>
    <message>
        <source>Scan to find mislabelled images, duplicates (and those that leak across splits), image problems, outliers and small classes.</source>
        <translation>Lancez une analyse pour trouver les images mal étiquetées, les doublons (et ceux qui fuient entre ensembles), les problèmes d&apos;image, les images atypiques et les petites classes.</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>Réseau de base :</translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation>Plis :</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>Classer par :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; accept the suggested label · &lt;b&gt;1–9&lt;/b&gt; label with class 1–9 · &lt;b&gt;Space&lt;/b&gt; or &lt;b&gt;C&lt;/b&gt; checked, not an issue · &lt;b&gt;K&lt;/b&gt; keep this duplicate, remove the others · &lt;b&gt;S&lt;/b&gt; one split for the group · &lt;b&gt;Delete&lt;/b&gt; remove the image · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation>&lt;b&gt;Entrée&lt;/b&gt; accepter l&apos;étiquette proposée · &lt;b&gt;1–9&lt;/b&gt; étiqueter avec la classe 1–9 · &lt;b&gt;Espace&lt;/b&gt; ou &lt;b&gt;C&lt;/b&gt; vérifié, pas un problème · &lt;b&gt;K&lt;/b&gt; garder ce doublon, supprimer les autres · &lt;b&gt;S&lt;/b&gt; un seul ensemble pour le groupe · &lt;b&gt;Suppr&lt;/b&gt; supprimer l&apos;image · &lt;b&gt;Ctrl+Z&lt;/b&gt; annuler</translation>
    </message>
    <message>
        <source>random weights</source>
        <translation>poids aléatoires</translation>
    </message>
    <message>
        <source>bundled weights (%1)</source>
        <translation>poids fournis (%1)</translation>
    </message>
    <message>
        <source>The project has no images to scan.</source>
        <translation>Le projet n&apos;a pas d&apos;images à analyser.</translation>
    </message>
    <message>
        <source>Cannot scan: %1</source>
        <translation>Analyse impossible : %1</translation>
    </message>
    <message>
        <source>The %1 weights are not on this computer yet: download them in the Train workspace (Backbone), or choose another backbone.</source>
        <translation>Les poids %1 ne sont pas encore sur cet ordinateur : téléchargez-les dans l&apos;espace de travail Entraînement (Réseau de base), ou choisissez un autre réseau de base.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n image(s) with %1…</source>
        <translation>
            <numerusform>Analyse de %n image avec %1…</numerusform>
            <numerusform>Analyse de %n images avec %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Embedding %1/%2</source>
        <translation>Plongement %1/%2</translation>
    </message>
    <message>
        <source>Fold %1/%2</source>
        <translation>Pli %1/%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message>
        <source>Scan failed: %1</source>
        <translation>Échec de l&apos;analyse : %1</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n image(s) with %1 in %2 s, %3 folds.</source>
        <translation>
            <numerusform>%n image analysée avec %1 en %2 s, %3 plis.</numerusform>
            <numerusform>%n images analysées avec %1 en %2 s, %3 plis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) checked earlier are left out.</source>
        <translation>
            <numerusform>%n constat vérifié auparavant est omis.</numerusform>
            <numerusform>%n constats vérifiés auparavant sont omis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data doctor: %1</source>
        <translation>Docteur des données : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Scan for &amp;Problems</source>
        <translation>Rec&amp;hercher les problèmes</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingMap</name>
    <message>
        <source>UMAP (%1 neighbours) on the first %2 principal axes of the centred embeddings, started from the first two</source>
        <translation>UMAP (%1 voisins) sur les %2 premiers axes principaux des plongements centrés, initialisé à partir des deux premiers</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingMapView</name>
    <message>
        <source>No map yet</source>
        <translation>Pas encore de carte</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingPass</name>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>réseau de base inconnu « %1 »</translation>
    </message>
    <message>
        <source>the backbone returned embeddings of an unexpected size</source>
        <translation>le réseau de base a renvoyé des plongements d&apos;une taille inattendue</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>le fichier est manquant</translation>
    </message>
</context>
<context>
    <name>Hone::EvaluateWorkspace</name>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>A finished training run</source>
        <translation>Une exécution d&apos;entraînement terminée</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>the test split (noun), beside Validation</extracomment>
        <translation>Test</translation>
    </message>
    <message>
        <source>Evaluate the run on the split (F5)</source>
        <translation>Évaluer l&apos;exécution sur l&apos;ensemble (F5)</translation>
    </message>
    <message>
        <source>Write an HTML or PDF report: configuration, curves, confusion matrix, per-class table and the most confident mistakes</source>
        <translation>Écrire un rapport HTML ou PDF : configuration, courbes, matrice de confusion, tableau par classe et erreurs les plus confiantes</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Classe réelle</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>Prédit comme</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Double-click a pair to see its images</source>
        <translation>Double-cliquez sur une paire pour voir ses images</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>&amp;Exécution :</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>E&amp;nsemble :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per class&lt;/b&gt; (click a header to sort)</source>
        <translation>&lt;b&gt;Par classe&lt;/b&gt; (cliquez sur un en-tête pour trier)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Most confused pairs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Paires les plus confondues&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Misclassified, most confident first&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mal classées, les plus confiantes d&apos;abord&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The project&apos;s images changed since the evaluation: press Evaluate (F5) again.</source>
        <translation>Les images du projet ont changé depuis l&apos;évaluation : appuyez de nouveau sur Évaluer (F5).</translation>
    </message>
    <message>
        <source>%1 · %2 · best %3 %</source>
        <translation>%1 · %2 · meilleure %3 %</translation>
    </message>
    <message>
        <source>Cannot evaluate: %1</source>
        <translation>Évaluation impossible : %1</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating run %1 on %n image(s)…</source>
        <translation>
            <numerusform>Évaluation de l&apos;exécution %1 sur %n image…</numerusform>
            <numerusform>Évaluation de l&apos;exécution %1 sur %n images…</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>Échec de l&apos;évaluation : %1</translation>
    </message>
    <message>
        <source>Run %1 on the %2 split: %3 % accuracy</source>
        <translation>Exécution %1 sur l&apos;ensemble %2 : exactitude %3 %</translation>
    </message>
    <message>
        <source>This run has no calibration (trained by an earlier version).</source>
        <translation>Cette exécution n&apos;a pas de calibration (entraînée par une version antérieure).</translation>
    </message>
    <message>
        <source>No temperature fitted: %1.</source>
        <translation>Aucune température ajustée : %1.</translation>
    </message>
    <message numerus="yes">
        <source>T fitted on %n validation image(s).</source>
        <translation>
            <numerusform>T ajustée sur %n image de validation.</numerusform>
            <numerusform>T ajustée sur %n images de validation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a run and a split, then press Evaluate (F5).</source>
        <translation>Choisissez une exécution et un ensemble, puis appuyez sur Évaluer (F5).</translation>
    </message>
    <message>
        <source>No finished run yet: train a model first.</source>
        <translation>Aucune exécution terminée pour l&apos;instant : entraînez d&apos;abord un modèle.</translation>
    </message>
    <message numerus="yes">
        <source>Run &lt;b&gt;%1&lt;/b&gt; on the &lt;b&gt;%2&lt;/b&gt; split: %n image(s), accuracy &lt;b&gt;%3 %&lt;/b&gt; (95 % CI %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>
            <numerusform>Exécution &lt;b&gt;%1&lt;/b&gt; sur l&apos;ensemble &lt;b&gt;%2&lt;/b&gt; : %n image, exactitude &lt;b&gt;%3 %&lt;/b&gt; (IC à 95 % %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</numerusform>
            <numerusform>Exécution &lt;b&gt;%1&lt;/b&gt; sur l&apos;ensemble &lt;b&gt;%2&lt;/b&gt; : %n images, exactitude &lt;b&gt;%3 %&lt;/b&gt; (IC à 95 % %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>, top-%1 &lt;b&gt;%2 %&lt;/b&gt;</source>
        <translation>, top-%1 &lt;b&gt;%2 %&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source> (%n image(s) skipped)</source>
        <translation>
            <numerusform> (%n image ignorée)</numerusform>
            <numerusform> (%n images ignorées)</numerusform>
        </translation>
    </message>
    <message>
        <source>No image was confused.</source>
        <translation>Aucune image n&apos;a été confondue.</translation>
    </message>
    <message>
        <source>run %1, %2 split</source>
        <translation>exécution %1, ensemble %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s). Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); Enter opens an image in the Dataset view.</source>
        <translation>
            <numerusform>%n erreur. Appuyez sur 1–9 pour donner une classe aux images sélectionnées, 0 pour retirer leur étiquette (Édition › Annuler rétablit) ; Entrée ouvre une image dans la vue Jeu de données.</numerusform>
            <numerusform>%n erreurs. Appuyez sur 1–9 pour donner une classe aux images sélectionnées, 0 pour retirer leur étiquette (Édition › Annuler rétablit) ; Entrée ouvre une image dans la vue Jeu de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most confident are shown.</source>
        <translation>Les %1 plus confiantes sont affichées.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>HTML file (*.html);;PDF document (*.pdf)</source>
        <translation>Fichier HTML (*.html);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written:
%1</source>
        <translation>Le rapport n&apos;a pas pu être écrit :
%1</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>Rapport non écrit : %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
</context>
<context>
    <name>Hone::GradCamView</name>
    <message>
        <source>&amp;Heat map</source>
        <translation>Carte de &amp;chaleur</translation>
    </message>
    <message>
        <source>Blend the Grad-CAM heat map over the image: red where the evidence for the class lies</source>
        <translation>Superposer la carte de chaleur Grad-CAM à l&apos;image : rouge là où se trouvent les indices en faveur de la classe</translation>
    </message>
    <message>
        <source>The class whose evidence is shown</source>
        <translation>La classe dont les indices sont affichés</translation>
    </message>
    <message>
        <source>Explain:</source>
        <translation>Expliquer :</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>Classe prédite</translation>
    </message>
    <message>
        <source>Select an image to see where the model looks.</source>
        <translation>Sélectionnez une image pour voir où regarde le modèle.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>%1: evidence for &lt;b&gt;%2&lt;/b&gt; (probability %3 %).</source>
        <translation>%1 : indices en faveur de &lt;b&gt;%2&lt;/b&gt; (probabilité %3 %).</translation>
    </message>
    <message>
        <source>Labelled %1 (probability %2 %).</source>
        <translation>Étiquetée %1 (probabilité %2 %).</translation>
    </message>
    <message>
        <source>Map resolution %1 × %2, the network&apos;s last stage.</source>
        <translation>Résolution de la carte %1 × %2, le dernier étage du réseau.</translation>
    </message>
</context>
<context>
    <name>Hone::ImageGridDelegate</name>
    <message>
        <source>unlabeled</source>
        <translation>non étiquetée</translation>
    </message>
</context>
<context>
    <name>Hone::ImageGridModel</name>
    <message>
        <source>%1
class: %2
split: %3</source>
        <translation>%1
classe : %2
ensemble : %3</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>non étiquetée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Hone::LabelAssistant</name>
    <message>
        <source>the trunk of run %1</source>
        <translation>le tronc de l&apos;exécution %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions: reading %n image(s)…</source>
        <translation>
            <numerusform>Propositions : lecture de %n image…</numerusform>
            <numerusform>Propositions : lecture de %n images…</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions unavailable: %1</source>
        <translation>Propositions indisponibles : %1</translation>
    </message>
    <message>
        <source>Suggestions: embedding %1 of %2 images…</source>
        <translation>Propositions : plongement de %1 images sur %2…</translation>
    </message>
    <message>
        <source>Label next: typical, diverse images first; suggestions start once two classes have labels</source>
        <translation>File d&apos;étiquetage prioritaire : images typiques et diversifiées d&apos;abord ; les propositions commencent dès que deux classes ont des étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions from %n label(s) on the features of %1 (queue: %2; refreshed in %3 s)</source>
        <translation>
            <numerusform>Propositions issues de %n étiquette sur les caractéristiques de %1 (file : %2 ; actualisées en %3 s)</numerusform>
            <numerusform>Propositions issues de %n étiquettes sur les caractéristiques de %1 (file : %2 ; actualisées en %3 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::LrFinderDialog</name>
    <message>
        <source>Find a Learning Rate</source>
        <translation>Trouver un taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>perte (lissée)</translation>
    </message>
    <message>
        <source>batch %v of %m</source>
        <translation>lot %v sur %m</translation>
    </message>
    <message>
        <source>Training a throw-away copy of the model while the learning rate grows from %1 to %2…</source>
        <translation>Entraînement d&apos;une copie jetable du modèle pendant que le taux d&apos;apprentissage passe de %1 à %2…</translation>
    </message>
    <message>
        <source>&amp;Use This Rate</source>
        <translation>&amp;Utiliser ce taux</translation>
    </message>
    <message>
        <source>The range test did not finish: %1</source>
        <translation>Le test de plage ne s&apos;est pas terminé : %1</translation>
    </message>
    <message>
        <source>Suggested learning rate: &lt;b&gt;%1&lt;/b&gt;, where the loss fell fastest (%2 batches; %3).</source>
        <translation>Taux d&apos;apprentissage proposé : &lt;b&gt;%1&lt;/b&gt;, là où la perte a baissé le plus vite (%2 lots ; %3).</translation>
    </message>
    <message>
        <source>stopped when the loss diverged</source>
        <translation>arrêté lorsque la perte a divergé</translation>
    </message>
    <message>
        <source>the whole range</source>
        <translation>toute la plage</translation>
    </message>
</context>
<context>
    <name>Hone::MainWindow</name>
    <message>
        <source>&amp;Dataset</source>
        <translation>Jeu de do&amp;nnées</translation>
    </message>
    <message>
        <source>D&amp;octor</source>
        <translation>Doc&amp;teur</translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>Ent&amp;raînement</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Utilisation</translation>
    </message>
    <message>
        <source>Could not save the project: %1</source>
        <translation>Impossible d&apos;enregistrer le projet : %1</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Your changes are kept in memory; Hone tries again with the next change.</source>
        <translation>Le projet n&apos;a pas pu être enregistré :
%1

Vos modifications sont conservées en mémoire ; Hone réessaiera à la prochaine modification.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>New Project Folder</source>
        <translation>Dossier du nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation>Ouvrir le dossier d&apos;un projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Stop training first.</source>
        <translation>Arrêtez d&apos;abord l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Wait until the import has finished.</source>
        <translation>Attendez la fin de l&apos;importation.</translation>
    </message>
    <message>
        <source>Wait until the evaluation has finished.</source>
        <translation>Attendez la fin de l&apos;évaluation.</translation>
    </message>
    <message>
        <source>Wait until the scan has finished, or cancel it.</source>
        <translation>Attendez la fin de l&apos;analyse, ou annulez-la.</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Free some space or fix the folder&apos;s permissions and retry, or discard the unsaved changes.</source>
        <translation>Le projet n&apos;a pas pu être enregistré :
%1

Libérez de l&apos;espace ou corrigez les droits du dossier et réessayez, ou abandonnez les modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>The project could not be opened:
%1</source>
        <translation>Le projet n&apos;a pas pu être ouvert :
%1</translation>
    </message>
    <message>
        <source>The project file cannot be read:
%1

Restore the last good version? The unreadable file is kept beside it.</source>
        <translation>Le fichier de projet est illisible :
%1

Restaurer la dernière version valide ? Le fichier illisible est conservé à côté.</translation>
    </message>
    <message>
        <source>The project could not be restored:
%1</source>
        <translation>Le projet n&apos;a pas pu être restauré :
%1</translation>
    </message>
    <message>
        <source>Restored the last good version of the project file; the unreadable one is kept as %1</source>
        <translation>Dernière version valide du fichier de projet restaurée ; le fichier illisible est conservé sous le nom %1</translation>
    </message>
    <message>
        <source>%1 is read-only. You can look at the project, but changes cannot be saved.</source>
        <translation>%1 est en lecture seule. Vous pouvez consulter le projet, mais les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n image(s)</source>
        <translation>
            <numerusform>%1 ouvert : %n image</numerusform>
            <numerusform>%1 ouvert : %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>%1%2 — Hone</source>
        <translation>%1%2 — Hone</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Wait until the import has finished, or cancel it.</source>
        <translation>Attendez la fin de l&apos;importation, ou annulez-la.</translation>
    </message>
    <message>
        <source>Training is running. Stop it and quit? The run is saved as stopped.</source>
        <translation>Un entraînement est en cours. L&apos;arrêter et quitter ? L&apos;exécution est enregistrée comme arrêtée.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Data&amp;set</source>
        <translation>&amp;Jeu de données</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Hone</source>
        <translation>À &amp;propos de Hone</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>About Hone</source>
        <translation>À propos de Hone</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hone %1&lt;/h3&gt;&lt;p&gt;A workbench for transfer learning on small image datasets: label, train, inspect and export image classifiers.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hone %1&lt;/h3&gt;&lt;p&gt;Un atelier d&apos;apprentissage par transfert sur de petits jeux de données d&apos;images : étiqueter, entraîner, inspecter et exporter des classifieurs d&apos;images.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Hone::MapWorkspace</name>
    <message>
        <source>&amp;Compute Map</source>
        <translation>&amp;Calculer la carte</translation>
    </message>
    <message>
        <source>Colour by label</source>
        <translation>Colorer par étiquette</translation>
    </message>
    <message>
        <source>Colour by suggestion</source>
        <translation>Colorer par proposition</translation>
    </message>
    <message>
        <source>Colour by split</source>
        <translation>Colorer par ensemble</translation>
    </message>
    <message>
        <source>Colour by doctor&apos;s findings</source>
        <translation>Colorer par constats du docteur</translation>
    </message>
    <message>
        <source>Place every image on the map again from its embedding</source>
        <translation>Replacer chaque image sur la carte à partir de son plongement</translation>
    </message>
    <message>
        <source>Drag to draw a lasso (Shift adds, Ctrl removes) · 1–9 label the selection, 0 clears · click opens an image · wheel zooms, right-drag pans, double-click shows all</source>
        <translation>Faites glisser pour tracer un lasso (Maj ajoute, Ctrl retire) · 1–9 étiquettent la sélection, 0 efface · un clic ouvre une image · la molette zoome, le glisser avec le bouton droit déplace, un double-clic affiche tout</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected on the map: 1–9 label them</source>
        <translation>
            <numerusform>%n image sélectionnée sur la carte : 1–9 pour l&apos;étiqueter</numerusform>
            <numerusform>%n images sélectionnées sur la carte : 1–9 pour les étiqueter</numerusform>
        </translation>
    </message>
    <message>
        <source>The map is made from the images&apos; embeddings: switch on Dataset ▸ Show Suggested Labels to compute them.</source>
        <translation>La carte est construite à partir des plongements des images : activez Jeu de données ▸ Afficher les étiquettes proposées pour les calculer.</translation>
    </message>
    <message>
        <source>Waiting for the images&apos; embeddings…</source>
        <translation>En attente des plongements des images…</translation>
    </message>
    <message numerus="yes">
        <source>Placing %n image(s)…</source>
        <translation>
            <numerusform>Placement de %n image…</numerusform>
            <numerusform>Placement de %n images…</numerusform>
        </translation>
    </message>
    <message>
        <source>The map could not be computed: %1</source>
        <translation>La carte n&apos;a pas pu être calculée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from %1 embeddings in %2 s: %3</source>
        <translation>
            <numerusform>%n image à partir de %1 plongements en %2 s : %3</numerusform>
            <numerusform>%n images à partir de %1 plongements en %2 s : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>non étiquetée</translation>
    </message>
    <message>
        <source>(pale: suggested, not labeled)</source>
        <translation>(pâle : proposée, non étiquetée)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>sans ensemble</translation>
    </message>
    <message>
        <source>label issue</source>
        <translation>problème d&apos;étiquette</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>image atypique</translation>
    </message>
    <message>
        <source>image problem</source>
        <translation>problème d&apos;image</translation>
    </message>
    <message>
        <source>(no scan yet: run the Doctor)</source>
        <translation>(pas encore d&apos;analyse : lancez le Docteur)</translation>
    </message>
    <message>
        <source>No class %1</source>
        <translation>Pas de classe %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared the labels of %n image(s)</source>
        <translation>
            <numerusform>Étiquette de %n image effacée</numerusform>
            <numerusform>Étiquettes de %n images effacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labeled %n image(s) as %1</source>
        <translation>
            <numerusform>%n image étiquetée comme %1</numerusform>
            <numerusform>%n images étiquetées comme %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabeled (suggested: %1, %2 %)</source>
        <translation>non étiquetée (proposée : %1, %2 %)</translation>
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
        <source>The project&apos;s images changed since these predictions were made: evaluate again to see them.</source>
        <translation>Les images du projet ont changé depuis ces prédictions : évaluez de nouveau pour les voir.</translation>
    </message>
    <message>
        <source>%1 → %2  %3 %</source>
        <translation>%1 → %2  %3 %</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>actuellement : %1</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>non étiquetée</translation>
    </message>
</context>
<context>
    <name>Hone::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Automatic (a GPU when there is one)</source>
        <translation>Automatique (un GPU s&apos;il y en a un)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Default &amp;device for training:</source>
        <translation>&amp;Unité de calcul par défaut pour l&apos;entraînement :</translation>
    </message>
    <message>
        <source>The new language applies when Hone starts next.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Hone.</translation>
    </message>
</context>
<context>
    <name>Hone::Project</name>
    <message>
        <source>%1 already holds a Hone project</source>
        <translation>%1 contient déjà un projet Hone</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>
The last good version is kept as %1 (saved %2).</source>
        <translation>
La dernière version valide est conservée sous le nom %1 (enregistrée le %2).</translation>
    </message>
    <message>
        <source>the project folder %1 is read-only: changes cannot be saved</source>
        <translation>le dossier du projet %1 est en lecture seule : les modifications ne peuvent pas être enregistrées</translation>
    </message>
</context>
<context>
    <name>Hone::ReliabilityDiagram</name>
    <message>
        <source>Per confidence bin: the share of right answers against the mean confidence. Bars below the diagonal are over-confident. Grey: the model&apos;s own softmax; blue: after temperature scaling.</source>
        <translation>Par intervalle de confiance : la part de bonnes réponses en fonction de la confiance moyenne. Les barres sous la diagonale sont trop confiantes. Gris : le softmax propre du modèle ; bleu : après mise à l&apos;échelle par température.</translation>
    </message>
</context>
<context>
    <name>Hone::RunHistoryPanel</name>
    <message>
        <source>&amp;Delete Run…</source>
        <translation>&amp;Supprimer l&apos;exécution…</translation>
    </message>
    <message>
        <source>Resu&amp;me Run</source>
        <translation>&amp;Reprendre l&apos;exécution</translation>
    </message>
    <message>
        <source>Save as &amp;Backbone…</source>
        <translation>Enregistrer comme réseau de &amp;base…</translation>
    </message>
    <message>
        <source>Save this finished run&apos;s network, without its classifier layer, as a backbone other projects can start from (.safetensors)</source>
        <translation>Enregistrer le réseau de cette exécution terminée, sans sa couche de classification, comme réseau de base dont d&apos;autres projets peuvent partir (.safetensors)</translation>
    </message>
    <message>
        <source>Continue a stopped run from its last completed epoch, with its own settings</source>
        <translation>Poursuivre une exécution arrêtée depuis sa dernière époque terminée, avec ses propres paramètres</translation>
    </message>
    <message>
        <source>Check runs to draw their validation curves over the current ones.</source>
        <translation>Cochez des exécutions pour tracer leurs courbes de validation par-dessus les courbes actuelles.</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Run %1 (%2 epochs recorded)</source>
        <translation>Exécution %1 (%2 époques enregistrées)</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Supprimer l&apos;exécution</translation>
    </message>
    <message>
        <source>Delete run %1 with its weights and metrics? This cannot be undone.</source>
        <translation>Supprimer l&apos;exécution %1 avec ses poids et ses métriques ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Save as Backbone</source>
        <translation>Enregistrer comme réseau de base</translation>
    </message>
    <message>
        <source>Safetensors weights (*.safetensors)</source>
        <translation>Poids Safetensors (*.safetensors)</translation>
    </message>
    <message>
        <source>Saved %1.

In another project, choose it as the %2 weights with the … button next to Weights in the Train view.</source>
        <translation>%1 enregistré.

Dans un autre projet, choisissez-le comme poids %2 avec le bouton … à côté de Poids dans la vue Entraînement.</translation>
    </message>
    <message>
        <source>  best %1, epoch %2</source>
        <translation>  meilleure %1, époque %2</translation>
    </message>
</context>
<context>
    <name>Hone::SplitDialog</name>
    <message>
        <source>Split Dataset</source>
        <translation>Répartir le jeu de données</translation>
    </message>
    <message>
        <source>Every class is split in these proportions (stratified). The same seed gives the same split; unlabeled images are left out.</source>
        <translation>Chaque classe est répartie selon ces proportions (stratification). La même graine donne la même répartition ; les images non étiquetées sont laissées de côté.</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Entraînement :</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validation :</translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation>&amp;Test :</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
</context>
<context>
    <name>Hone::TrainWorkspace</name>
    <message>
        <source>Export Model</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>Normalise inside the model: it takes RGB pixel values 0–255</source>
        <translation>Normaliser dans le modèle : il prend des valeurs de pixels RGB 0–255</translation>
    </message>
    <message>
        <source>The graph does the mean/std normalisation itself, so a consumer only resizes and feeds the pixels as float32 (N×3×S×S). The metadata and the model card say so.</source>
        <translation>Le graphe effectue lui-même la normalisation mean/std : un consommateur n&apos;a qu&apos;à redimensionner et fournir les pixels en float32 (N×3×S×S). Les métadonnées et la fiche du modèle l&apos;indiquent.</translation>
    </message>
    <message>
        <source>Softmax inside the model: it outputs probabilities</source>
        <translation>Softmax dans le modèle : il produit des probabilités</translation>
    </message>
    <message>
        <source>Exporting run %1 to %2…</source>
        <translation>Export de l&apos;exécution %1 vers %2…</translation>
    </message>
    <message>
        <source>Exported %1: %2</source>
        <translation>%1 exporté : %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>Wrote %1 and its model card %2

%3</source>
        <translation>%1 et sa fiche du modèle %2 écrits

%3</translation>
    </message>
    <message>
        <source>Bal&amp;ance classes in the loss</source>
        <translation>Équ&amp;ilibrer les classes dans la perte</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Recadrage</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>TrivialAugment</source>
        <translation>TrivialAugment</translation>
    </message>
    <message>
        <source>&amp;Cache the frozen stages&apos; output</source>
        <translation>Mettre en cac&amp;he la sortie des étages gelés</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>verb: start training a model</extracomment>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <source>&amp;Export Model…</source>
        <translation>E&amp;xporter le modèle…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Automatic: 4 to 32, about 16 steps an epoch (small datasets learn faster from more, smaller steps)</source>
        <translation>Automatique : 4 à 32, environ 16 pas par époque (les petits jeux de données apprennent plus vite avec des pas plus nombreux et plus petits)</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD avec momentum</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>Décroissance cosinus</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>One-cycle</translation>
    </message>
    <message>
        <source>Step (×0.1 at ½ and ¾)</source>
        <translation>Par paliers (×0,1 à ½ et ¾)</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constant</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <source>Automatic (mixed FP16 on a GPU)</source>
        <translation>Automatique (FP16 mixte sur GPU)</translation>
    </message>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>Mixed FP16 (CUDA)</source>
        <translation>FP16 mixte (CUDA)</translation>
    </message>
    <message>
        <source>Mixed BF16</source>
        <translation>BF16 mixte</translation>
    </message>
    <message>
        <source>Mixed precision runs the network in 16-bit floats and keeps the weights in 32-bit: faster on GPUs. BF16 also runs on CPUs with AVX-512 BF16.</source>
        <translation>La précision mixte exécute le réseau en flottants 16 bits et garde les poids en 32 bits : plus rapide sur GPU. BF16 fonctionne aussi sur les CPU dotés d&apos;AVX-512 BF16.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Backbone:</source>
        <translation>Réseau de &amp;base :</translation>
    </message>
    <message>
        <source>Custom: train from the freeze depth on</source>
        <translation>Personnalisée : entraîner à partir de la profondeur de gel</translation>
    </message>
    <message>
        <source>Feature extraction: the head only</source>
        <translation>Extraction de caractéristiques : la tête seule</translation>
    </message>
    <message>
        <source>Fine-tune: the head first, then the stages</source>
        <translation>Réglage fin : la tête d&apos;abord, puis les étages</translation>
    </message>
    <message>
        <source>Fine-tune trains the new head alone for a fifth of the epochs, then unfreezes the stages from the freeze depth on, each earlier stage at half the rate of the next (LP-FT).</source>
        <translation>Le réglage fin entraîne d&apos;abord la nouvelle tête seule pendant un cinquième des époques, puis dégèle les étages à partir de la profondeur de gel, chaque étage antérieur au taux moitié de celui du suivant (LP-FT).</translation>
    </message>
    <message>
        <source>Reci&amp;pe:</source>
        <translation>&amp;Recette :</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>É&amp;poques :</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>Taille de &amp;lot :</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Trouver…</translation>
    </message>
    <message>
        <source>Run a learning-rate range test and suggest a rate</source>
        <translation>Lancer un test de plage du taux d&apos;apprentissage et proposer un taux</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Taux d&apos;apprentissage :</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimiseur :</translation>
    </message>
    <message>
        <source>LR sc&amp;hedule:</source>
        <translation>Plani&amp;fication du taux :</translation>
    </message>
    <message>
        <source>&amp;Image size:</source>
        <translation>Taille d&apos;i&amp;mage :</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Unité de calcul :</translation>
    </message>
    <message>
        <source>Precisio&amp;n:</source>
        <translation>Préci&amp;sion :</translation>
    </message>
    <message>
        <source>Flip training images horizontally at random</source>
        <translation>Retourner horizontalement les images d&apos;entraînement au hasard</translation>
    </message>
    <message>
        <source>With frozen stages, compute their output once per image (and flip) and train the rest from it: the same training, many times faster. Kept in the project&apos;s cache folder for later runs.</source>
        <translation>Avec des étages gelés, calculer leur sortie une fois par image (et par miroir) et entraîner le reste à partir de celle-ci : le même entraînement, bien plus rapide. Conservé dans le dossier cache du projet pour les exécutions suivantes.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source> epochs without progress</source>
        <translation> époques sans progrès</translation>
    </message>
    <message>
        <source>Stop when validation accuracy has not improved for this many epochs. Either way the best epoch&apos;s weights are kept.</source>
        <translation>Arrêter lorsque l&apos;exactitude en validation ne s&apos;est pas améliorée pendant ce nombre d&apos;époques. Dans tous les cas, les poids de la meilleure époque sont conservés.</translation>
    </message>
    <message>
        <source>Soften the targets: helps when some labels may be wrong</source>
        <translation>Adoucir les cibles : utile lorsque certaines étiquettes peuvent être fausses</translation>
    </message>
    <message>
        <source>Weight each class by the inverse of its share of the training images</source>
        <translation>Pondérer chaque classe par l&apos;inverse de sa part dans les images d&apos;entraînement</translation>
    </message>
    <message>
        <source>Earl&amp;y stop:</source>
        <translation>Arrêt pré&amp;coce :</translation>
    </message>
    <message>
        <source>Label smoothin&amp;g:</source>
        <translation>Lissage des éti&amp;quettes :</translation>
    </message>
    <message>
        <source>A random 35–100 % of the image, scaled back to the input size</source>
        <translation>Une portion aléatoire de 35–100 % de l&apos;image, remise à la taille d&apos;entrée</translation>
    </message>
    <message>
        <source>Rotate by up to 15° either way</source>
        <translation>Tourner de 15° au plus dans un sens ou dans l&apos;autre</translation>
    </message>
    <message>
        <source>Vary brightness, contrast and saturation by up to 30 %</source>
        <translation>Faire varier la luminosité, le contraste et la saturation de 30 % au plus</translation>
    </message>
    <message>
        <source>One of 14 operations at a random strength per image (TrivialAugment)</source>
        <translation>Une opération parmi 14, d&apos;intensité aléatoire, par image (TrivialAugment)</translation>
    </message>
    <message>
        <source>Augment:</source>
        <translation>Augmentation :</translation>
    </message>
    <message>
        <source>Hold training after the current batch; press again to continue</source>
        <translation>Suspendre l&apos;entraînement après le lot en cours ; appuyez de nouveau pour continuer</translation>
    </message>
    <message>
        <source>epoch %v of %m</source>
        <translation>époque %v sur %m</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>E&amp;xécutions</translation>
    </message>
    <message>
        <source>Show row &amp;percentages</source>
        <translation>Afficher les pourcentages par lig&amp;ne</translation>
    </message>
    <message>
        <source>Show the &amp;best epoch</source>
        <translation>Afficher la m&amp;eilleure époque</translation>
    </message>
    <message>
        <source>After training: the best epoch&apos;s validation matrix instead of the last one&apos;s.</source>
        <translation>Après l&apos;entraînement : la matrice de validation de la meilleure époque au lieu de celle de la dernière.</translation>
    </message>
    <message>
        <source>Run %1 started</source>
        <translation>Exécution %1 démarrée</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>The chosen weights are not on this computer yet. Download them now?</source>
        <translation>Les poids choisis ne sont pas encore sur cet ordinateur. Les télécharger maintenant ?</translation>
    </message>
    <message>
        <source>Assigned %1 labeled images to train/validation (80/20 per class)</source>
        <translation>%1 images étiquetées réparties entre entraînement et validation (80/20 par classe)</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>Reprendre l&apos;exécution</translation>
    </message>
    <message>
        <source>Resuming run %1…</source>
        <translation>Reprise de l&apos;exécution %1…</translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2</source>
        <translation>Entraînement sur %1 images, validation sur %2</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Pausing before the next training batch.</source>
        <translation>Pause avant le prochain lot d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Continuing.</source>
        <translation>Reprise.</translation>
    </message>
    <message>
        <source>Training paused</source>
        <translation>Entraînement en pause</translation>
    </message>
    <message>
        <source>Training continues</source>
        <translation>L&apos;entraînement continue</translation>
    </message>
    <message>
        <source>Find a Learning Rate</source>
        <translation>Trouver un taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Learning rate set to %1 by the range test</source>
        <translation>Taux d&apos;apprentissage fixé à %1 par le test de plage</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Arrêt après ce lot…</translation>
    </message>
    <message>
        <source>epoch %1/%2  train loss %3, accuracy %4 %  ·  validation loss %5, accuracy %6 %  (%7 s)</source>
        <translation>époque %1/%2  perte d&apos;entraînement %3, exactitude %4 %  ·  perte de validation %5, exactitude %6 %  (%7 s)</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Échec de l&apos;entraînement : %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Échec de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>Exécution %1 %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Entraînement %1</translation>
    </message>
    <message>
        <source>St&amp;op Training</source>
        <translation>&amp;Arrêter l&apos;entraînement</translation>
    </message>
    <message>
        <source>Validation, best epoch %1 of %2: accuracy %3</source>
        <translation>Validation, meilleure époque %1 sur %2 : exactitude %3</translation>
    </message>
    <message>
        <source>Validation, epoch %1 of %2: accuracy %3</source>
        <translation>Validation, époque %1 sur %2 : exactitude %3</translation>
    </message>
    <message>
        <source>Auto: chosen from your images</source>
        <translation>Auto : choisi d&apos;après vos images</translation>
    </message>
    <message>
        <source>Auto chose: %1. %2</source>
        <translation>Auto a choisi : %1. %2</translation>
    </message>
</context>
<context>
    <name>Hone::Trainer</name>
    <message>
        <source>out of memory. Try a smaller batch size or image size, or freeze more stages.</source>
        <translation>mémoire insuffisante. Essayez une taille de lot ou une taille d&apos;image plus petite, ou gelez davantage d&apos;étages.</translation>
    </message>
    <message>
        <source>the device ran out of memory (%1). Try a smaller batch size or image size, or freeze more stages.</source>
        <translation>le périphérique manque de mémoire (%1). Essayez une taille de lot ou une taille d&apos;image plus petite, ou gelez davantage d&apos;étages.</translation>
    </message>
    <message>
        <source>precision %1 on %2: %3</source>
        <translation>précision %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>the project&apos;s labeled images or splits changed since run %1; resuming needs the data it started with</source>
        <translation>les images étiquetées ou les ensembles du projet ont changé depuis l&apos;exécution %1 ; la reprise nécessite les données de départ</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 cannot be read: %2</source>
        <translation>le point de contrôle de l&apos;exécution %1 est illisible : %2</translation>
    </message>
    <message>
        <source>Resuming run %1 after epoch %2</source>
        <translation>Reprise de l&apos;exécution %1 après l&apos;époque %2</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Poids : %1</translation>
    </message>
    <message>
        <source>Decoding %1 images at %2 px…</source>
        <translation>Décodage de %1 images à %2 px…</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 ignorée : %2</translation>
    </message>
    <message>
        <source>training needs at least two decodable training images and one validation image</source>
        <translation>l&apos;entraînement nécessite au moins deux images d&apos;entraînement décodables et une image de validation</translation>
    </message>
    <message>
        <source>Batch size %1 (automatic: about 16 steps an epoch for %2 training images)</source>
        <translation>Taille de lot %1 (automatique : environ 16 pas par époque pour %2 images d&apos;entraînement)</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 does not match its images</source>
        <translation>le point de contrôle de l&apos;exécution %1 ne correspond pas à ses images</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 does not match its network</source>
        <translation>le point de contrôle de l&apos;exécution %1 ne correspond pas à son réseau</translation>
    </message>
    <message>
        <source>The best epoch&apos;s weights of run %1 cannot be read; the last epoch&apos;s will be kept</source>
        <translation>Les poids de la meilleure époque de l&apos;exécution %1 sont illisibles ; ceux de la dernière époque seront conservés</translation>
    </message>
    <message>
        <source>the head</source>
        <translation>la tête</translation>
    </message>
    <message>
        <source>%1 to the head</source>
        <translation>de %1 à la tête</translation>
    </message>
    <message>
        <source>Phase %1 of %2, %3 epoch(s): training %4%5</source>
        <translation>Phase %1 sur %2, %3 époque(s) : entraînement : %4%5</translation>
    </message>
    <message>
        <source>, each earlier stage at %1× the rate of the next</source>
        <translation>, chaque étage antérieur à %1× le taux du suivant</translation>
    </message>
    <message>
        <source>Training %1 of %2 parameters on %3, %4%5</source>
        <translation>Entraînement de %1 paramètres (sur %2) sur %3, %4%5</translation>
    </message>
    <message>
        <source>, channels last</source>
        <translation>, channels last</translation>
    </message>
    <message>
        <source>Epoch %1: %2 step(s) skipped, their fp16 gradients overflowed (loss scale now %3)</source>
        <translation>Époque %1 : %2 pas ignoré(s), leurs gradients fp16 ont débordé (facteur d&apos;échelle de la perte maintenant %3)</translation>
    </message>
    <message>
        <source>Could not write the checkpoint of epoch %1: %2</source>
        <translation>Impossible d&apos;écrire le point de contrôle de l&apos;époque %1 : %2</translation>
    </message>
    <message>
        <source>Early stop after epoch %1: no better %2 for %3 epochs</source>
        <translation>Arrêt précoce après l&apos;époque %1 : pas d&apos;amélioration de %2 depuis %3 époques</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>la perte de validation</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>l&apos;exactitude en validation</translation>
    </message>
    <message>
        <source>The last checkpoint cannot be read: %1</source>
        <translation>Le dernier point de contrôle est illisible : %1</translation>
    </message>
    <message>
        <source>Kept the weights of epoch %1, the best (validation accuracy %2 %, loss %3)</source>
        <translation>Poids de l&apos;époque %1 conservés, la meilleure (exactitude en validation %2 %, perte %3)</translation>
    </message>
    <message>
        <source>cannot move the weights into place in %1</source>
        <translation>impossible de mettre les poids en place dans %1</translation>
    </message>
    <message>
        <source>there is no run %1 to resume</source>
        <translation>il n&apos;y a pas d&apos;exécution %1 à reprendre</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation>l&apos;exécution %1 ne peut pas être reprise : %2</translation>
    </message>
    <message>
        <source>run %1 has finished; there is nothing to resume</source>
        <translation>l&apos;exécution %1 est terminée ; il n&apos;y a rien à reprendre</translation>
    </message>
    <message>
        <source>run %1 has no checkpoint: it ended before its first epoch did</source>
        <translation>l&apos;exécution %1 n&apos;a pas de point de contrôle : elle s&apos;est terminée avant sa première époque</translation>
    </message>
</context>
<context>
    <name>Hone::TrainingPlots</name>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>exactitude (%)</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>perte par lot</translation>
    </message>
    <message>
        <source>batch loss, smoothed</source>
        <translation>perte par lot, lissée</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>exactitude d&apos;entraînement</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>exactitude en validation</translation>
    </message>
    <message>
        <source>&amp;Log-scale loss</source>
        <translation>Perte en échelle &amp;logarithmique</translation>
    </message>
    <message>
        <source>Save &amp;Plots…</source>
        <translation>Enregistrer les &amp;graphiques…</translation>
    </message>
    <message>
        <source>Export &amp;Numbers…</source>
        <translation>Exporter les &amp;valeurs…</translation>
    </message>
    <message>
        <source>Save Plots</source>
        <translation>Enregistrer les graphiques</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation>Exporter les valeurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>run %1, validation loss</source>
        <translation>exécution %1, perte de validation</translation>
    </message>
    <message>
        <source>run %1, validation accuracy</source>
        <translation>exécution %1, exactitude en validation</translation>
    </message>
    <message>
        <source>%1
epoch %2: %3</source>
        <translation>%1
époque %2 : %3</translation>
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
        <translation>Le projet n&apos;a pas encore de classes</translation>
    </message>
    <message>
        <source>The project cannot be changed</source>
        <translation>Le projet ne peut pas être modifié</translation>
    </message>
    <message>
        <source>This image is in the dataset now, as %1</source>
        <translation>Cette image figure maintenant dans le jeu de données, comme %1</translation>
    </message>
    <message>
        <source>The model&apos;s class “%1” is not a class of this project: choose one under “Wrong? It is …”</source>
        <translation>La classe « %1 » du modèle n&apos;est pas une classe de ce projet : choisissez-en une sous « Faux ? C&apos;est … »</translation>
    </message>
    <message>
        <source>Add the image to the dataset as %1 (Enter)</source>
        <translation>Ajouter l&apos;image au jeu de données comme %1 (Entrée)</translation>
    </message>
    <message>
        <source>Add the image to the dataset with the predicted class (Enter)</source>
        <translation>Ajouter l&apos;image au jeu de données avec la classe prédite (Entrée)</translation>
    </message>
    <message>
        <source>Add the image to the dataset with the class it really is (keys 1–9)</source>
        <translation>Ajouter l&apos;image au jeu de données avec sa vraie classe (touches 1–9)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added since the last run</source>
        <translation>
            <numerusform>%n image ajoutée depuis la dernière exécution</numerusform>
            <numerusform>%n images ajoutées depuis la dernière exécution</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation>Ajouter au jeu de données</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <source>The picture cannot be encoded.</source>
        <translation>L&apos;image ne peut pas être encodée.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 n&apos;a pas été ajoutée : %2</translation>
    </message>
    <message>
        <source>Added %1 to the dataset as %2</source>
        <translation>%1 ajoutée au jeu de données comme %2</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no image files.</source>
        <translation>Le presse-papiers ne contient ni image ni fichiers image.</translation>
    </message>
    <message>
        <source>No images there (Hone reads JPEG, PNG, BMP, TIFF and WebP).</source>
        <translation>Aucune image ici (Hone lit les formats JPEG, PNG, BMP, TIFF et WebP).</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 images.</source>
        <translation>Affichage des %1 premières images sur %2.</translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation>L&apos;image est vide.</translation>
    </message>
    <message>
        <source>camera frame</source>
        <translation>image de la caméra</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>image collée</translation>
    </message>
    <message>
        <source>The camera cannot be started: %1</source>
        <translation>La caméra ne peut pas être démarrée : %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>✓ added</source>
        <translation>✓ ajoutée</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Drop an image to try the model</source>
        <translation>Déposez une image pour essayer le modèle</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>Prédiction…</translation>
    </message>
    <message>
        <source>This image cannot be used: %1</source>
        <translation>Cette image n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt; — none of these (best guess: %1, %2; the image is unlike every class the model learnt)</source>
        <translation>&lt;b&gt;Inconnu&lt;/b&gt; — aucune de ces classes (meilleure hypothèse : %1, %2 ; l&apos;image ne ressemble à aucune des classes apprises par le modèle)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt; — none of these (best guess: %1, %2)</source>
        <translation>&lt;b&gt;Inconnu&lt;/b&gt; — aucune de ces classes (meilleure hypothèse : %1, %2)</translation>
    </message>
    <message>
        <source>Confidence %1 (this model has no calibration: the softmax as it is)</source>
        <translation>Confiance %1 (ce modèle n&apos;a pas de calibration : le softmax tel quel)</translation>
    </message>
    <message>
        <source>Calibrated confidence %1 (the network&apos;s own softmax said %2)</source>
        <translation>Confiance calibrée %1 (le softmax propre du réseau indiquait %2)</translation>
    </message>
    <message>
        <source>Cannot write %1 for Grad-CAM</source>
        <translation>Impossible d&apos;écrire %1 pour Grad-CAM</translation>
    </message>
    <message>
        <source>Unknown below %1</source>
        <translation>Inconnu sous %1</translation>
    </message>
    <message>
        <source>Unknown below %1 (keeps %2 of correct validation predictions)</source>
        <translation>Inconnu sous %1 (conserve %2 des prédictions correctes en validation)</translation>
    </message>
    <message>
        <source>Unknown below %1 (the model&apos;s own threshold; it has no calibration)</source>
        <translation>Inconnu sous %1 (le seuil propre du modèle ; il n&apos;a pas de calibration)</translation>
    </message>
    <message>
        <source>Unknown below %1 (the model&apos;s own: %2)</source>
        <translation>Inconnu sous %1 (celui du modèle : %2)</translation>
    </message>
    <message>
        <source>Overlay the Grad-CAM heat map: where the evidence for the class lies</source>
        <translation>Superposer la carte de chaleur Grad-CAM : là où se trouvent les indices en faveur de la classe</translation>
    </message>
    <message>
        <source>Grad-CAM needs a run of this project; a model file is not explained here</source>
        <translation>Grad-CAM nécessite une exécution de ce projet ; un fichier de modèle n&apos;est pas expliqué ici</translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation>La caméra s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>The model to use: a finished run of this project, or an exported model file</source>
        <translation>Le modèle à utiliser : une exécution terminée de ce projet, ou un fichier de modèle exporté</translation>
    </message>
    <message>
        <source>Open &amp;Images…</source>
        <translation>Ouvrir des &amp;images…</translation>
    </message>
    <message>
        <source>Choose image files to predict; you can also drop files or a folder here, or paste a picture with Ctrl+V</source>
        <translation>Choisir des fichiers image pour la prédiction ; vous pouvez aussi déposer des fichiers ou un dossier ici, ou coller une image avec Ctrl+V</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Caméra :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Drop images or a folder here, paste a picture (Ctrl+V), or open images.</source>
        <translation>Déposez des images ou un dossier ici, collez une image (Ctrl+V) ou ouvrez des images.</translation>
    </message>
    <message>
        <source>A prediction whose calibrated confidence is below this is reported as unknown</source>
        <translation>Une prédiction dont la confiance calibrée est inférieure à ce seuil est signalée comme inconnue</translation>
    </message>
    <message>
        <source>&amp;Grad-CAM: show where the model looks</source>
        <translation>&amp;Grad-CAM : montrer où regarde le modèle</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Wrong? It is …</source>
        <translation>Faux ? C&apos;est …</translation>
    </message>
    <message>
        <source>Enter: right · 1–9: it is that class. Either adds the image to the dataset with that label (undo takes it out again).</source>
        <translation>Entrée : juste · 1–9 : c&apos;est cette classe. Dans les deux cas, l&apos;image est ajoutée au jeu de données avec cette étiquette (Annuler la retire).</translation>
    </message>
    <message>
        <source>Retrai&amp;n</source>
        <translation>Réen&amp;traîner</translation>
    </message>
    <message>
        <source>Train a new run with the Train workspace&apos;s settings, on the dataset with the added images</source>
        <translation>Entraîner une nouvelle exécution avec les paramètres de l&apos;espace de travail Entraînement, sur le jeu de données augmenté des images ajoutées</translation>
    </message>
    <message>
        <source>Is it right?</source>
        <translation>Est-ce juste ?</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Ouvrir des images</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 validation accuracy</source>
        <translation>Exécution %1 · %2 · exactitude en validation %3</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>Fichier de modèle…</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Hone models (*.pt *.onnx)</source>
        <translation>Modèles Hone (*.pt *.onnx)</translation>
    </message>
    <message>
        <source>No finished run yet: train one in the Train workspace, or choose a model file.</source>
        <translation>Aucune exécution terminée pour l&apos;instant : entraînez-en une dans l&apos;espace de travail Entraînement, ou choisissez un fichier de modèle.</translation>
    </message>
    <message>
        <source>The model cannot be used: %1</source>
        <translation>Le modèle n&apos;est pas utilisable : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n class(es) · %2 px</source>
        <translation>
            <numerusform>%1 · %n classe · %2 px</numerusform>
            <numerusform>%1 · %n classes · %2 px</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::WeightDownloader</name>
    <message>
        <source>Invalid SHA-256 &quot;%1&quot; for %2: it needs 8 to 64 hex digits.</source>
        <translation>SHA-256 « %1 » non valide pour %2 : il faut de 8 à 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Invalid file name &quot;%1&quot; for the weights cache.</source>
        <translation>Nom de fichier « %1 » non valide pour le cache des poids.</translation>
    </message>
    <message>
        <source>Invalid download address for %1.</source>
        <translation>Adresse de téléchargement non valide pour %1.</translation>
    </message>
    <message>
        <source>Cannot create the weights cache folder %1.</source>
        <translation>Impossible de créer le dossier du cache des poids %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Download of %1 cancelled.</source>
        <translation>Téléchargement de %1 annulé.</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>HTTP %1 %2 depuis %3</translation>
    </message>
    <message>
        <source>No data from %1 for %2 seconds; the download stopped after %3 bytes.</source>
        <translation>Aucune donnée de %1 depuis %2 secondes ; le téléchargement s&apos;est arrêté après %3 octets.</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>le fichier est incomplet</translation>
    </message>
    <message>
        <source>Connection dropped after %1 of %2 bytes from %3 (%4).</source>
        <translation>Connexion interrompue après %1 octets sur %2 depuis %3 (%4).</translation>
    </message>
    <message>
        <source>Connection dropped after %1 bytes from %2 (%3).</source>
        <translation>Connexion interrompue après %1 octets depuis %2 (%3).</translation>
    </message>
    <message>
        <source>SHA-256 checksum mismatch for %1 from %2: expected %3, got %4.</source>
        <translation>Somme de contrôle SHA-256 non concordante pour %1 depuis %2 : %3 attendu, %4 obtenu.</translation>
    </message>
    <message>
        <source>Cannot move the download into %1: %2</source>
        <translation>Impossible de déplacer le téléchargement dans %1 : %2</translation>
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
        <translation>icône Windows (ICO)</translation>
    </message>
    <message>
        <source>Canon raw (CR2)</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>Canon raw (CR2)</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>archive ZIP</translation>
    </message>
    <message>
        <source>HTML page</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>page HTML</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 MB</translation>
    </message>
    <message>
        <source>cannot be read completely: %1</source>
        <translation>lecture incomplète : %1</translation>
    </message>
    <message>
        <source>the content is not a JPEG, PNG, BMP, TIFF or WebP image</source>
        <translation>le contenu n&apos;est pas une image JPEG, PNG, BMP, TIFF ou WebP</translation>
    </message>
    <message>
        <source>this is a %1 file, not a JPEG, PNG, BMP, TIFF or WebP image</source>
        <translation>c&apos;est un fichier de type %1, pas une image JPEG, PNG, BMP, TIFF ou WebP</translation>
    </message>
    <message>
        <source>the %1 header is damaged: it gives no valid image size</source>
        <translation>l&apos;en-tête %1 est endommagé : il n&apos;indique aucune taille d&apos;image valide</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is more than the limit of %3 megapixels</source>
        <translation>%1 × %2 pixels dépasse la limite de %3 mégapixels</translation>
    </message>
    <message>
        <source>the JPEG data is truncated</source>
        <translation>les données JPEG sont tronquées</translation>
    </message>
    <message>
        <source>animated WebP: only still images are supported</source>
        <translation>WebP animé : seules les images fixes sont prises en charge</translation>
    </message>
    <message>
        <source>%1-bit float TIFF is not supported (32- and 64-bit are)</source>
        <translation>le TIFF à virgule flottante %1 bits n&apos;est pas pris en charge (32 et 64 bits le sont)</translation>
    </message>
    <message>
        <source>the %1 data cannot be decoded: %2</source>
        <translation>impossible de décoder les données %1 : %2</translation>
    </message>
    <message>
        <source>the %1 data is damaged or truncated</source>
        <translation>les données %1 sont endommagées ou tronquées</translation>
    </message>
    <message>
        <source>cannot be resized: %1</source>
        <translation>redimensionnement impossible : %1</translation>
    </message>
    <message>
        <source>cannot encode the thumbnail</source>
        <translation>impossible d&apos;encoder la miniature</translation>
    </message>
    <message>
        <source>cannot make the thumbnail: %1</source>
        <translation>impossible de créer la miniature : %1</translation>
    </message>
</context>
<context>
    <name>ImageSet</name>
    <message>
        <source>%1 images at %2 px take %3 GB decoded, more than the %4 GB of memory there is for them; choose a smaller image size or fewer images (HONE_IMAGE_MEMORY_MB sets the limit)</source>
        <translation>%1 images à %2 px occupent %3 GB une fois décodées, plus que les %4 GB de mémoire disponibles pour elles ; choisissez une taille d&apos;image plus petite ou moins d&apos;images (HONE_IMAGE_MEMORY_MB fixe la limite)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 MB</translation>
    </message>
    <message>
        <source>cannot be read completely</source>
        <translation>lecture incomplète</translation>
    </message>
    <message>
        <source>%1 MB is far larger than any label file; it is not read</source>
        <translation>%1 MB, c&apos;est bien plus que n&apos;importe quel fichier d&apos;étiquettes ; il n&apos;est pas lu</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>the row has no image path</source>
        <translation>la ligne n&apos;a pas de chemin d&apos;image</translation>
    </message>
    <message>
        <source>listed in %1 but does not exist</source>
        <translation>listé dans %1 mais n&apos;existe pas</translation>
    </message>
    <message>
        <source>listed in %1 but is not an image file type</source>
        <translation>listé dans %1 mais ce n&apos;est pas un type de fichier image</translation>
    </message>
    <message>
        <source>listed in %1 with the split &apos;%2&apos; (expected train, val, test or nothing)</source>
        <translation>listé dans %1 avec l&apos;ensemble « %2 » (attendu : train, val, test ou rien)</translation>
    </message>
    <message>
        <source>cannot copy into the project: %1</source>
        <translation>impossible de copier dans le projet : %1</translation>
    </message>
    <message>
        <source>cannot move the copy into place</source>
        <translation>impossible de mettre la copie en place</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>is not a CSV file</source>
        <translation>n&apos;est pas un fichier CSV</translation>
    </message>
    <message>
        <source>is not an image file type (%1)</source>
        <translation>n&apos;est pas un type de fichier image (%1)</translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>le dossier est illisible</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>the file name is not UTF-8, so the project cannot refer to it where it is: rename it, or import with copying</source>
        <translation>le nom du fichier n&apos;est pas en UTF-8, le projet ne peut donc pas y faire référence à son emplacement : renommez-le, ou importez-le avec copie</translation>
    </message>
    <message>
        <source>cannot be referenced from this project&apos;s drive; copy it instead</source>
        <translation>ne peut pas être référencé depuis le lecteur de ce projet ; copiez-le plutôt</translation>
    </message>
</context>
<context>
    <name>LrFinder</name>
    <message>
        <source>the range test needs 0 &lt; minimum rate &lt; maximum rate and at least 5 steps</source>
        <translation>le test de plage exige 0 &lt; taux minimal &lt; taux maximal et au moins 5 pas</translation>
    </message>
    <message>
        <source>precision %1 on %2: %3</source>
        <translation>précision %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the range test needs at least two decodable training images</source>
        <translation>le test de plage exige au moins deux images d&apos;entraînement décodables</translation>
    </message>
    <message>
        <source>the range test failed: %1</source>
        <translation>le test de plage a échoué : %1</translation>
    </message>
    <message>
        <source>the loss diverged at once: lower the minimum rate</source>
        <translation>la perte a divergé immédiatement : abaissez le taux minimal</translation>
    </message>
</context>
<context>
    <name>ModelExporter</name>
    <message numerus="yes">
        <source> (%n image(s) with two all but tied classes changed places)</source>
        <translation>
            <numerusform> (%n image dont deux classes quasi à égalité ont échangé leur place)</numerusform>
            <numerusform> (%n images dont deux classes quasi à égalité ont échangé leur place)</numerusform>
        </translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>verified with %1 on %2 images: top-1 agreement %3 %, max |Δ%4| %5</source>
        <translation>vérifié avec %1 sur %2 images : concordance top-1 %3 %, max |Δ%4| %5</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilité</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>logit</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>the written file does not load in %1: %2</source>
        <translation>le fichier écrit ne se charge pas dans %1 : %2</translation>
    </message>
    <message>
        <source>no image to verify the export with; use --no-verify to skip the check</source>
        <translation>aucune image pour vérifier l&apos;export ; utilisez --no-verify pour ignorer la vérification</translation>
    </message>
    <message>
        <source>the exported model has %1 outputs instead of %2</source>
        <translation>le modèle exporté a %1 sorties au lieu de %2</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>échec de la vérification : %1</translation>
    </message>
    <message>
        <source>the exported model predicts differently: %1</source>
        <translation>le modèle exporté prédit différemment : %1</translation>
    </message>
</context>
<context>
    <name>ModelMetadata</name>
    <message>
        <source>model metadata: temperature %1 is not a positive number</source>
        <translation>métadonnées du modèle : la température %1 n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>model metadata: fewer than two class names</source>
        <translation>métadonnées du modèle : moins de deux noms de classe</translation>
    </message>
    <message>
        <source>model metadata: input.imageSize %1 is not a usable input size</source>
        <translation>métadonnées du modèle : input.imageSize %1 n&apos;est pas une taille d&apos;entrée utilisable</translation>
    </message>
    <message>
        <source>model metadata: input.mean and input.std need three values</source>
        <translation>métadonnées du modèle : input.mean et input.std nécessitent trois valeurs</translation>
    </message>
    <message>
        <source>model metadata: channel order &apos;%1&apos; is not supported</source>
        <translation>métadonnées du modèle : l&apos;ordre des canaux « %1 » n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>model metadata: input.std must be positive</source>
        <translation>métadonnées du modèle : input.std doit être positif</translation>
    </message>
</context>
<context>
    <name>OnnxClassifier</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an ONNX model</source>
        <translation>%1 n&apos;est pas un modèle ONNX</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot load %1: %2</source>
        <translation>OpenCV DNN ne peut pas charger %1 : %2</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot load %1</source>
        <translation>OpenCV DNN ne peut pas charger %1</translation>
    </message>
    <message>
        <source>the ONNX model returned an output of unexpected shape</source>
        <translation>le modèle ONNX a renvoyé une sortie de forme inattendue</translation>
    </message>
</context>
<context>
    <name>OnnxExporter</name>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>Modèle ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
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
        <translation>impossible de construire le graphe ONNX : %1</translation>
    </message>
    <message>
        <source>cannot serialise the ONNX model</source>
        <translation>impossible de sérialiser le modèle ONNX</translation>
    </message>
</context>
<context>
    <name>Predictor</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1 carries no Hone metadata (inside the model or in %1.json beside it)</source>
        <translation>%1 ne contient pas de métadonnées Hone (ni dans le modèle ni dans %1.json à côté)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>metadata is not JSON</source>
        <translation>les métadonnées ne sont pas du JSON</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>l&apos;image est vide</translation>
    </message>
    <message>
        <source>the model failed: %1</source>
        <translation>échec du modèle : %1</translation>
    </message>
    <message>
        <source>the model has %1 outputs but its metadata names %2 classes</source>
        <translation>le modèle a %1 sorties mais ses métadonnées nomment %2 classes</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>schemaVersion: missing or not a number</source>
        <translation>schemaVersion : absent ou n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>schemaVersion: %1 is newer than this version of Hone understands (%2)</source>
        <translation>schemaVersion : %1 est plus récent que ce que cette version de Hone comprend (%2)</translation>
    </message>
    <message>
        <source>classes: not an array</source>
        <translation>classes : n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>: not an object</source>
        <translation> : n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>.id: missing or not a number</source>
        <translation>.id : absent ou n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>.id: %1 is negative or used twice</source>
        <translation>.id : %1 est négatif ou utilisé deux fois</translation>
    </message>
    <message>
        <source>.name: empty or used twice</source>
        <translation>.name : vide ou utilisé deux fois</translation>
    </message>
    <message>
        <source>images: not an array</source>
        <translation>images : n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>.path: &apos;%1&apos; is not a relative path in normal form</source>
        <translation>.path : « %1 » n&apos;est pas un chemin relatif sous forme normale</translation>
    </message>
    <message>
        <source>.path: &apos;%1&apos; is listed twice</source>
        <translation>.path : « %1 » est listé deux fois</translation>
    </message>
    <message>
        <source>.label: unknown class id %1</source>
        <translation>.label : identifiant de classe inconnu %1</translation>
    </message>
    <message>
        <source>.label: not a class id</source>
        <translation>.label : n&apos;est pas un identifiant de classe</translation>
    </message>
    <message>
        <source>.split: &apos;%1&apos; is not train, val or test</source>
        <translation>.split : « %1 » n&apos;est pas train, val ou test</translation>
    </message>
    <message>
        <source>.reviewed: not a list</source>
        <translation>.reviewed : n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>.reviewed: not a list of names</source>
        <translation>.reviewed : n&apos;est pas une liste de noms</translation>
    </message>
    <message>
        <source>the backup cannot be used either: %1</source>
        <translation>la sauvegarde n&apos;est pas utilisable non plus : %1</translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation>il n&apos;y a pas de sauvegarde %1</translation>
    </message>
    <message>
        <source>cannot move the damaged %1 aside</source>
        <translation>impossible de mettre de côté le fichier endommagé %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 MB is far larger than any project file; it is not read</source>
        <translation>%1 : %2 MB, c&apos;est bien plus que n&apos;importe quel fichier de projet ; il n&apos;est pas lu</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1 : JSON non valide à la position %2 : %3</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation>%1 : le niveau supérieur n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
</context>
<context>
    <name>ReliabilityDiagram</name>
    <message>
        <source>Calibration: evaluate a run to see it.</source>
        <translation>Calibration : évaluez une exécution pour la voir.</translation>
    </message>
    <message>
        <source>Calibration on %1 images: ECE %2 % → %3 % (T = %4)</source>
        <translation>Calibration sur %1 images : ECE %2 % → %3 % (T = %4)</translation>
    </message>
    <message>
        <source>confidence · share right: grey before, blue after</source>
        <translation>confiance · part de bonnes réponses : gris avant, bleu après</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <extracomment>the application ended while the run was training</extracomment>
        <translation>interrompue</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>impossible de créer le dossier d&apos;exécution %1</translation>
    </message>
    <message>
        <source>no run &apos;%1&apos; in this project</source>
        <translation>pas d&apos;exécution « %1 » dans ce projet</translation>
    </message>
    <message>
        <source>this project has no finished training run; train first</source>
        <translation>ce projet n&apos;a aucune exécution d&apos;entraînement terminée ; entraînez d&apos;abord</translation>
    </message>
    <message>
        <source>the run is being trained by another process (%1, process %2 on %3)</source>
        <translation>l&apos;exécution est en cours d&apos;entraînement par un autre processus (%1, processus %2 sur %3)</translation>
    </message>
    <message>
        <source>cannot lock the run folder %1</source>
        <translation>impossible de verrouiller le dossier d&apos;exécution %1</translation>
    </message>
    <message>
        <source>cannot delete %1 completely</source>
        <translation>impossible de supprimer entièrement %1</translation>
    </message>
    <message>
        <source>run %1: run.json gives no valid image size</source>
        <translation>exécution %1 : run.json n&apos;indique aucune taille d&apos;image valide</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>exécution %1 : %2</translation>
    </message>
</context>
<context>
    <name>SplitText</name>
    <message>
        <source>train</source>
        <extracomment>the training split, short (shown on image tiles)</extracomment>
        <translation>entr.</translation>
    </message>
    <message>
        <source>val</source>
        <extracomment>the validation split, short (shown on image tiles)</extracomment>
        <translation>valid.</translation>
    </message>
    <message>
        <source>test</source>
        <extracomment>the test split (noun), short (shown on image tiles)</extracomment>
        <translation>test</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>the training split, as named in a sentence (&quot;on the training split&quot;)</extracomment>
        <translation>d&apos;entraînement</translation>
    </message>
    <message>
        <source>validation</source>
        <extracomment>the validation split, as named in a sentence (&quot;on the validation split&quot;)</extracomment>
        <translation>de validation</translation>
    </message>
    <message>
        <source>test</source>
        <comment>sentence</comment>
        <extracomment>the test split, as named in a sentence (&quot;on the test split&quot;)</extracomment>
        <translation>de test</translation>
    </message>
</context>
<context>
    <name>TorchScriptExporter</name>
    <message>
        <source>TorchScript model (*.pt)</source>
        <translation>Modèle TorchScript (*.pt)</translation>
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
        <translation>Calibré sur %1 images de validation : température %2, erreur de calibration attendue %3 % → %4 %</translation>
    </message>
    <message>
        <source>Not calibrated: %1</source>
        <translation>Non calibré : %1</translation>
    </message>
    <message>
        <source>; unknown below %1 % confidence</source>
        <translation> ; inconnu sous %1 % de confiance</translation>
    </message>
    <message>
        <source> or farther than %1 from every class</source>
        <translation> ou à plus de %1 de chaque classe</translation>
    </message>
    <message>
        <source> (keeps %1 % of right validation answers, flags %2 % of wrong ones)</source>
        <translation> (conserve %1 % des bonnes réponses en validation, signale %2 % des mauvaises)</translation>
    </message>
</context>
<context>
    <name>TrainingConfig</name>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>réseau de base inconnu « %1 »</translation>
    </message>
    <message>
        <source>the weights %1 are for another architecture than %2; choose weights for %2</source>
        <translation>les poids %1 sont destinés à une autre architecture que %2 ; choisissez des poids pour %2</translation>
    </message>
    <message>
        <source>freeze depth must be between 0 and %1 for %2</source>
        <translation>la profondeur de gel doit être comprise entre 0 et %1 pour %2</translation>
    </message>
    <message>
        <source>recipe must be one of %1</source>
        <translation>la recette doit être l&apos;une des suivantes : %1</translation>
    </message>
    <message>
        <source>head-only epochs must be fewer than the epochs (0 = a fifth of them)</source>
        <translation>les époques avec la tête seule doivent être moins nombreuses que les époques (0 = un cinquième d&apos;entre elles)</translation>
    </message>
    <message>
        <source>the per-stage learning-rate factor must be above 0 and at most 1</source>
        <translation>le facteur de taux d&apos;apprentissage par étage doit être supérieur à 0 et au plus égal à 1</translation>
    </message>
    <message>
        <source>epochs must be between 1 and 10000</source>
        <translation>le nombre d&apos;époques doit être compris entre 1 et 10000</translation>
    </message>
    <message>
        <source>batch size must be 0 (automatic) or between 2 and 4096 (BatchNorm needs two images per batch)</source>
        <translation>la taille de lot doit valoir 0 (automatique) ou être comprise entre 2 et 4096 (BatchNorm a besoin de deux images par lot)</translation>
    </message>
    <message>
        <source>learning rate must be positive and at most 10</source>
        <translation>le taux d&apos;apprentissage doit être positif et au plus égal à 10</translation>
    </message>
    <message>
        <source>schedule must be one of %1</source>
        <translation>la planification doit être l&apos;une des suivantes : %1</translation>
    </message>
    <message>
        <source>warm-up must be between 0 and the number of epochs</source>
        <translation>l&apos;échauffement doit être compris entre 0 et le nombre d&apos;époques</translation>
    </message>
    <message>
        <source>optimizer must be sgd or adamw</source>
        <translation>l&apos;optimiseur doit être sgd ou adamw</translation>
    </message>
    <message>
        <source>label smoothing must be at least 0 and below 1</source>
        <translation>le lissage des étiquettes doit être supérieur ou égal à 0 et inférieur à 1</translation>
    </message>
    <message>
        <source>gradient clipping must be 0 (off) or a positive norm</source>
        <translation>l&apos;écrêtage du gradient doit valoir 0 (désactivé) ou une norme positive</translation>
    </message>
    <message>
        <source>class weights must be none or balanced</source>
        <translation>les poids de classe doivent valoir none ou balanced</translation>
    </message>
    <message>
        <source>cached views must be between 2 and %1</source>
        <translation>le nombre de vues en cache doit être compris entre 2 et %1</translation>
    </message>
    <message>
        <source>early-stopping patience must be 0 (off) or more epochs</source>
        <translation>la patience de l&apos;arrêt précoce doit valoir 0 (désactivé) ou un nombre d&apos;époques</translation>
    </message>
    <message>
        <source>the early-stopping metric must be val_accuracy or val_loss</source>
        <translation>la métrique de l&apos;arrêt précoce doit être val_accuracy ou val_loss</translation>
    </message>
    <message>
        <source>precision must be auto, fp32, fp16 or bf16</source>
        <translation>la précision doit valoir auto, fp32, fp16 ou bf16</translation>
    </message>
    <message>
        <source>channels-last must be auto, on or off</source>
        <translation>channels-last doit valoir auto, on ou off</translation>
    </message>
    <message>
        <source>image size must be between 32 and 1024 pixels</source>
        <translation>la taille d&apos;image doit être comprise entre 32 et 1024 pixels</translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message numerus="yes">
        <source>training needs labeled training images in at least two classes (this project has %n class(es) with training images)</source>
        <translation>
            <numerusform>l&apos;entraînement nécessite des images d&apos;entraînement étiquetées dans au moins deux classes (ce projet a %n classe avec des images d&apos;entraînement)</numerusform>
            <numerusform>l&apos;entraînement nécessite des images d&apos;entraînement étiquetées dans au moins deux classes (ce projet a %n classes avec des images d&apos;entraînement)</numerusform>
        </translation>
    </message>
    <message>
        <source>training needs validation images: split the dataset first</source>
        <translation>l&apos;entraînement nécessite des images de validation : répartissez d&apos;abord le jeu de données</translation>
    </message>
</context>
<context>
    <name>TrainingReport</name>
    <message>
        <source>Calibration and unknown</source>
        <translation>Calibration et inconnu</translation>
    </message>
    <message>
        <source>This run has no calibration (it was trained by an earlier version of Hone).</source>
        <translation>Cette exécution n&apos;a pas de calibration (elle a été entraînée par une version antérieure de Hone).</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>1 (not fitted: %1)</source>
        <translation>1 (non ajustée : %1)</translation>
    </message>
    <message>
        <source>Expected calibration error, validation (10 bins)</source>
        <translation>Erreur de calibration attendue, validation (10 intervalles)</translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation>%1 avant, %2 après</translation>
    </message>
    <message>
        <source>Negative log-likelihood, validation</source>
        <translation>Log-vraisemblance négative, validation</translation>
    </message>
    <message>
        <source>Unknown below a calibrated confidence of</source>
        <translation>Inconnu sous une confiance calibrée de</translation>
    </message>
    <message>
        <source>Unknown farther from every class centre than</source>
        <translation>Inconnu si plus loin de chaque centre de classe que</translation>
    </message>
    <message>
        <source>On validation</source>
        <translation>En validation</translation>
    </message>
    <message>
        <source>keeps %1 of the right answers (target %2), flags %3 of the wrong ones</source>
        <translation>conserve %1 des bonnes réponses (objectif %2), signale %3 des mauvaises</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>reliability diagram of the evaluated split</source>
        <translation>diagramme de fiabilité de l&apos;ensemble évalué</translation>
    </message>
    <message>
        <source>Training report: %1, run %2</source>
        <translation>Rapport d&apos;entraînement : %1, exécution %2</translation>
    </message>
    <message>
        <source>Written by Hone %1 on %2 from %3.</source>
        <translation>Rédigé par Hone %1 le %2 à partir de %3.</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>État de l&apos;exécution</translation>
    </message>
    <message>
        <source>Best epoch (validation accuracy)</source>
        <translation>Meilleure époque (exactitude en validation)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Évalué sur</translation>
    </message>
    <message numerus="yes">
        <source>the %1 split, %n image(s)</source>
        <translation>
            <numerusform>l&apos;ensemble %1, %n image</numerusform>
            <numerusform>l&apos;ensemble %1, %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>%1 (95 % confidence interval %2 – %3)</source>
        <translation>%1 (intervalle de confiance à 95 % %2 – %3)</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <source>Top-%1 accuracy</source>
        <translation>Exactitude top-%1</translation>
    </message>
    <message>
        <source>Images skipped</source>
        <translation>Images ignorées</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>loss and accuracy curves</source>
        <translation>courbes de perte et d&apos;exactitude</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>matrice de confusion</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Par classe</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Most confused pairs</source>
        <translation>Paires les plus confondues</translation>
    </message>
    <message>
        <source>No image was confused.</source>
        <translation>Aucune image n&apos;a été confondue.</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Classe réelle</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>Prédit comme</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Share of the class</source>
        <translation>Part de la classe</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>Erreurs les plus confiantes</translation>
    </message>
    <message>
        <source>No image was misclassified.</source>
        <translation>Aucune image n&apos;a été mal classée.</translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>Santé des données</translation>
    </message>
    <message>
        <source>A data-doctor scan of all %1 images with %2 embeddings, %3-fold cross-validation (hone-cli doctor for the full list; fix them in the Doctor workspace).</source>
        <translation>Une analyse du docteur des données portant sur les %1 images avec les plongements de %2, validation croisée à %3 plis (hone-cli doctor pour la liste complète ; corrigez-les dans l&apos;espace de travail Docteur).</translation>
    </message>
    <message>
        <source>Likely label errors</source>
        <translation>Erreurs d&apos;étiquette probables</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>Groupes de doublons</translation>
    </message>
    <message>
        <source>… of which across splits (leakage)</source>
        <translation>… dont entre ensembles (fuite)</translation>
    </message>
    <message>
        <source>Images with quality problems</source>
        <translation>Images présentant des problèmes de qualité</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Images atypiques</translation>
    </message>
    <message>
        <source>Small classes</source>
        <translation>Petites classes</translation>
    </message>
    <message>
        <source>Unreadable images</source>
        <translation>Images illisibles</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The same picture in training and validation or test makes the measured accuracy too high.</source>
        <translation>La même image en entraînement et en validation ou en test rend l&apos;exactitude mesurée trop élevée.</translation>
    </message>
    <message>
        <source>Likeliest label errors</source>
        <translation>Erreurs d&apos;étiquette les plus probables</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Label quality</source>
        <translation>Qualité de l&apos;étiquette</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>near</source>
        <translation>proche</translation>
    </message>
    <message>
        <source>Duplicates across splits</source>
        <translation>Doublons entre ensembles</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Small class %1 (%2 images): %3</source>
        <translation>Petite classe %1 (%2 images) : %3</translation>
    </message>
    <message>
        <source>%1 split, %2 correct</source>
        <translation>ensemble %1, %2 correctes</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1 : %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Training report, run %1</source>
        <translation>Rapport d&apos;entraînement, exécution %1</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>noun: the class an image is labelled with</comment>
        <translation>Étiquette</translation>
    </message>
</context>
<context>
    <name>TrunkCache</name>
    <message>
        <source>Feature cache off: the frozen stages&apos; output would take %1 GB of memory</source>
        <translation>Cache de caractéristiques désactivé : la sortie des étages gelés occuperait %1 GB de mémoire</translation>
    </message>
    <message>
        <source>Feature cache: the output of %1 for %2 images × %3 view(s)…</source>
        <translation>Cache de caractéristiques : sortie de %1 pour %2 images × %3 vue(s)…</translation>
    </message>
    <message>
        <source>Feature cache: %1 older set(s) removed (%2 MB) to stay within %3 MB</source>
        <translation>Cache de caractéristiques : %1 ancien(s) ensemble(s) supprimé(s) (%2 MB) pour rester sous %3 MB</translation>
    </message>
    <message>
        <source>Feature cache: %1 reused, %2 computed in %3 s (%4 floats per image)</source>
        <translation>Cache de caractéristiques : %1 réutilisées, %2 calculées en %3 s (%4 flottants par image)</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <source>Accept %n suggested label(s)</source>
        <translation>
            <numerusform>Accepter %n étiquette proposée</numerusform>
            <numerusform>Accepter %n étiquettes proposées</numerusform>
        </translation>
    </message>
    <message>
        <source>Add class %1</source>
        <translation>Ajouter la classe %1</translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation>Ajouter %1 comme %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>Importer %n image</numerusform>
            <numerusform>Importer %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n image(s) as %1</source>
        <translation>
            <numerusform>Étiqueter %n image comme %1</numerusform>
            <numerusform>Étiqueter %n images comme %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the label of %n image(s)</source>
        <translation>
            <numerusform>Effacer l&apos;étiquette de %n image</numerusform>
            <numerusform>Effacer l&apos;étiquette de %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class %1 to %2</source>
        <translation>Renommer la classe %1 en %2</translation>
    </message>
    <message>
        <source>Recolour class %1</source>
        <translation>Changer la couleur de la classe %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n image(s) as checked</source>
        <translation>
            <numerusform>Marquer %n image comme vérifiée</numerusform>
            <numerusform>Marquer %n images comme vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n image(s)</source>
        <translation>
            <numerusform>Démarquer %n image</numerusform>
            <numerusform>Démarquer %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge class %1 into %2</source>
        <translation>Fusionner la classe %1 dans %2</translation>
    </message>
    <message>
        <source>Delete class %1</source>
        <translation>Supprimer la classe %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>Supprimer %n image</numerusform>
            <numerusform>Supprimer %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n image(s)</source>
        <translation>
            <numerusform>Répartir %n image</numerusform>
            <numerusform>Répartir %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>The class does not exist in this project.</source>
        <translation>La classe n&apos;existe pas dans ce projet.</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>L&apos;image est vide.</translation>
    </message>
    <message>
        <source>This image is in the dataset already, as %1.</source>
        <translation>Cette image figure déjà dans le jeu de données, comme %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>another file has taken its place</source>
        <translation>un autre fichier a pris sa place</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message numerus="yes">
        <source>CUDA: available (%n device(s))</source>
        <translation>
            <numerusform>CUDA : disponible (%n périphérique)</numerusform>
            <numerusform>CUDA : disponible (%n périphériques)</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: not available</source>
        <translation>CUDA : non disponible</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hone</source>
        <translation>Hone</translation>
    </message>
    <message>
        <source>An unexpected error occurred and was stopped:
%1

Your project is saved.</source>
        <translation>Une erreur inattendue s&apos;est produite et a été interceptée :
%1

Votre projet est enregistré.</translation>
    </message>
    <message>
        <source>Transfer learning workbench</source>
        <translation>Atelier d&apos;apprentissage par transfert</translation>
    </message>
    <message>
        <source>Project folder to open.</source>
        <translation>Dossier du projet à ouvrir.</translation>
    </message>
    <message>
        <source>User interface language for this run: en, de, fr, es, zh_CN or ja (default: the Preferences choice, else the system&apos;s).</source>
        <translation>Langue de l&apos;interface pour cette session : en, de, fr, es, zh_CN ou ja (par défaut : le choix des Préférences, sinon celle du système).</translation>
    </message>
</context>
</TS>
