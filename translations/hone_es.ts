<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccuracyText</name>
    <message>
        <source>%1 % (95 % CI %2–%3 %, n = %4)</source>
        <translation>%1 % (IC del 95 % %2–%3 %, n = %4)</translation>
    </message>
    <message>
        <source>On %1 validation images, differences under ±%2 points are noise.</source>
        <translation>Con %1 imágenes de validación, las diferencias menores de ±%2 puntos son ruido.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>AutoRecipe</name>
    <message>
        <source>the head alone on frozen features</source>
        <translation>solo la cabeza sobre características congeladas</translation>
    </message>
    <message>
        <source>the head first, then fine-tuning</source>
        <translation>primero la cabeza, luego el ajuste fino</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>ajuste fino completo</translation>
    </message>
    <message>
        <source>fine-tuning from stage %1 on</source>
        <translation>ajuste fino desde la etapa %1</translation>
    </message>
    <message>
        <source>no augmentation</source>
        <translation>sin aumento de datos</translation>
    </message>
    <message>
        <source>flips</source>
        <translation>volteos</translation>
    </message>
    <message>
        <source>crops</source>
        <translation>recortes</translation>
    </message>
    <message>
        <source>rotations</source>
        <translation>rotaciones</translation>
    </message>
    <message>
        <source>colour changes</source>
        <translation>cambios de color</translation>
    </message>
    <message>
        <source>TrivialAugment</source>
        <translation>TrivialAugment</translation>
    </message>
    <message>
        <source>Auto chose: %1</source>
        <translation>Auto eligió: %1</translation>
    </message>
    <message>
        <source>There are no pretrained weights, so every layer learns from your images.</source>
        <translation>No hay pesos preentrenados, así que cada capa aprende de sus imágenes.</translation>
    </message>
    <message>
        <source>%1 epochs of %2 steps (batches of %3) give about %4 steps, enough for %5 training images to settle.</source>
        <translation>%1 épocas de %2 pasos (lotes de %3) dan unos %4 pasos, suficientes para que %5 imágenes de entrenamiento se asienten.</translation>
    </message>
    <message>
        <source>Random weights train at %1 px: small inputs learn as much from a few images and several times faster.</source>
        <translation>Los pesos aleatorios entrenan a %1 px: las entradas pequeñas aprenden lo mismo de pocas imágenes y varias veces más rápido.</translation>
    </message>
    <message>
        <source>%1 px is the size the weights were trained at.</source>
        <translation>%1 px es el tamaño con el que se entrenaron los pesos.</translation>
    </message>
    <message>
        <source>%1 at %2 for %3 epochs, %4 px, %5</source>
        <translation>%1 a %2 durante %3 épocas, %4 px, %5</translation>
    </message>
    <message>
        <source>The first %1 stages of the pretrained weights stay as they are and the rest learns from your images: on few images per class this beat training every layer and training the head alone.</source>
        <translation>Las primeras %1 etapas de los pesos preentrenados quedan como están y el resto aprende de sus imágenes: con pocas imágenes por clase esto superó a entrenar todas las capas y a entrenar solo la cabeza.</translation>
    </message>
</context>
<context>
    <name>BackboneCatalog</name>
    <message>
        <source>the bundled weights %1 are missing from this build</source>
        <translation>los pesos incluidos %1 faltan en esta compilación</translation>
    </message>
    <message>
        <source>the bundled weights %1 do not match their recorded SHA-256</source>
        <translation>los pesos incluidos %1 no coinciden con su SHA-256 registrado</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>red troncal desconocida «%1»</translation>
    </message>
    <message>
        <source>Hone ships no pretrained %1; use --weights imagenet, a weight file, or --backbone %2</source>
        <translation>Hone no incluye %1 preentrenado; usar --weights imagenet, un archivo de pesos o --backbone %2</translation>
    </message>
    <message>
        <source>%1 are not weights of %2 (hone-cli backbones lists them)</source>
        <translation>%1 no son pesos de %2 (hone-cli backbones los enumera)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a weight file nor weights of %2 (%3)</source>
        <translation>«%1» no es un archivo de pesos ni pesos de %2 (%3)</translation>
    </message>
    <message>
        <source>the weight file %1 does not exist</source>
        <translation>el archivo de pesos %1 no existe</translation>
    </message>
    <message>
        <source>no weights %1 in this version of Hone</source>
        <translation>no hay pesos %1 en esta versión de Hone</translation>
    </message>
    <message>
        <source>%1 (%2) is not downloaded yet: hone-cli backbones --download %3 %4, or pick it in the Train view</source>
        <translation>%1 (%2) aún no se ha descargado: hone-cli backbones --download %3 %4, o elegirlo en la vista Entrenar</translation>
    </message>
    <message>
        <source>A sturdy all-rounder and a good first choice.</source>
        <translation>Un todoterreno robusto y una buena primera opción.</translation>
    </message>
    <message>
        <source>A deeper ResNet-18: a little more accurate, twice as slow.</source>
        <translation>Un ResNet-18 más profundo: algo más preciso, el doble de lento.</translation>
    </message>
    <message>
        <source>The accurate classic; slow without a GPU.</source>
        <translation>El clásico preciso; lento sin GPU.</translation>
    </message>
    <message>
        <source>Small and fast; fine on a laptop.</source>
        <translation>Pequeño y rápido; va bien en un portátil.</translation>
    </message>
    <message>
        <source>The fastest on a laptop; Hone ships it pretrained.</source>
        <translation>El más rápido en un portátil; Hone lo incluye preentrenado.</translation>
    </message>
    <message>
        <source>Fast with good accuracy: a fine trade-off without a GPU.</source>
        <translation>Rápido y bastante preciso: un buen equilibrio sin GPU.</translation>
    </message>
    <message>
        <source>Accurate for its small size; slower to train than its size suggests.</source>
        <translation>Preciso para su pequeño tamaño; entrena más despacio de lo que su tamaño sugiere.</translation>
    </message>
    <message>
        <source>The best accuracy here; slow without a GPU.</source>
        <translation>La mejor precisión aquí; lento sin GPU.</translation>
    </message>
    <message>
        <source>Modern and quick: more accurate than ResNet-34 at a quarter of its cost.</source>
        <translation>Moderno y ágil: más preciso que ResNet-34 con una cuarta parte de su coste.</translation>
    </message>
    <message>
        <source>More accurate than ResNet-50 at less than half its cost.</source>
        <translation>Más preciso que ResNet-50 con menos de la mitad de su coste.</translation>
    </message>
</context>
<context>
    <name>BackboneExport</name>
    <message>
        <source>run %1 has not finished; only a finished run can become a backbone</source>
        <translation>la ejecución %1 no ha terminado; solo una ejecución terminada puede convertirse en red troncal</translation>
    </message>
    <message>
        <source>cannot read back %1</source>
        <translation>no se puede volver a leer %1</translation>
    </message>
</context>
<context>
    <name>BundledWeights</name>
    <message>
        <source>Fashion-MNIST, 6 clothing classes (pretrained by Hone)</source>
        <translation>Fashion-MNIST, 6 clases de ropa (preentrenado por Hone)</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>%1 validation images are too few to fit a temperature (at least %2)</source>
        <translation>%1 imágenes de validación son muy pocas para ajustar una temperatura (al menos %2)</translation>
    </message>
    <message>
        <source>every validation image is predicted right, so no temperature can be fitted</source>
        <translation>todas las imágenes de validación se predicen bien, así que no se puede ajustar ninguna temperatura</translation>
    </message>
    <message>
        <source>no validation image is predicted right, so no temperature can be fitted</source>
        <translation>ninguna imagen de validación se predice bien, así que no se puede ajustar ninguna temperatura</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>faltan argumentos</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N.</source>
        <translation>auto, cpu, cuda o cuda:N.</translation>
    </message>
    <message>
        <source>
Run &apos;hone-cli recover %1&apos; to restore it.</source>
        <translation>
Se puede restaurar con «hone-cli recover %1».</translation>
    </message>
    <message>
        <source>Note: %1 is read-only; changes cannot be saved.</source>
        <translation>Nota: %1 es de solo lectura; los cambios no se pueden guardar.</translation>
    </message>
    <message numerus="yes">
        <source>Restored the last good version: %n image(s).</source>
        <translation>
            <numerusform>Se restauró la última versión correcta: %n imagen.</numerusform>
            <numerusform>Se restauró la última versión correcta: %n imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty project.</source>
        <translation>Crear un proyecto vacío.</translation>
    </message>
    <message>
        <source>Import image files and folders (folders per class, flat, or CSV).</source>
        <translation>Importar archivos de imagen y carpetas (carpetas por clase, plano o CSV).</translation>
    </message>
    <message>
        <source>Classes, counts and splits.</source>
        <translation>Clases, recuentos y particiones.</translation>
    </message>
    <message>
        <source>Label one image.</source>
        <translation>Etiquetar una imagen.</translation>
    </message>
    <message>
        <source>Restore the last good project file.</source>
        <translation>Restaurar el último archivo de proyecto correcto.</translation>
    </message>
    <message>
        <source>Split the labelled images into train, validation and test.</source>
        <translation>Dividir las imágenes etiquetadas en entrenamiento, validación y prueba.</translation>
    </message>
    <message>
        <source>The backbone zoo: architectures, freeze stages and weights; downloads weights.</source>
        <translation>El catálogo de redes troncales: arquitecturas, etapas de congelación y pesos; descarga pesos.</translation>
    </message>
    <message>
        <source>Train a classifier; the run is kept in the project.</source>
        <translation>Entrenar un clasificador; la ejecución se guarda en el proyecto.</translation>
    </message>
    <message>
        <source>Find a learning rate with a range test.</source>
        <translation>Buscar una tasa de aprendizaje con una prueba de rango.</translation>
    </message>
    <message>
        <source>Accuracy, per-class metrics and the confusion matrix of a run.</source>
        <translation>Exactitud, métricas por clase y matriz de confusión de una ejecución.</translation>
    </message>
    <message>
        <source>A run&apos;s report as HTML or PDF (FILE.html, FILE.pdf).</source>
        <translation>El informe de una ejecución en HTML o PDF (FILE.html, FILE.pdf).</translation>
    </message>
    <message>
        <source>Export a run as TorchScript or ONNX, with FILE.json and the model card FILE.md.</source>
        <translation>Exportar una ejecución como TorchScript u ONNX, con FILE.json y la ficha del modelo FILE.md.</translation>
    </message>
    <message>
        <source>Save a run&apos;s trunk as a backbone (.safetensors).</source>
        <translation>Guardar la red de una ejecución, sin su cabeza, como red troncal (.safetensors).</translation>
    </message>
    <message>
        <source>Pretrain a backbone (.safetensors) with a reproducible manifest.</source>
        <translation>Preentrenar una red troncal (.safetensors) con un manifiesto reproducible.</translation>
    </message>
    <message>
        <source>Label issues, duplicates, leakage and bad images.</source>
        <translation>Problemas de etiquetas, duplicados, fugas e imágenes defectuosas.</translation>
    </message>
    <message>
        <source>What to label next, with suggested classes.</source>
        <translation>Qué etiquetar a continuación, con clases sugeridas.</translation>
    </message>
    <message>
        <source>The dataset in two dimensions (FILE.csv or FILE.png).</source>
        <translation>El conjunto de datos en dos dimensiones (FILE.csv o FILE.png).</translation>
    </message>
    <message>
        <source>Embeddings of images as JSON.</source>
        <translation>Incrustaciones de imágenes en JSON.</translation>
    </message>
    <message>
        <source>Classify images or folders with an exported model (.pt or .onnx); reports unknowns.</source>
        <translation>Clasificar imágenes o carpetas con un modelo exportado (.pt u .onnx); indica las desconocidas.</translation>
    </message>
    <message>
        <source>Write the labelled images as class folders or a CSV file.</source>
        <translation>Escribir las imágenes etiquetadas como carpetas por clase o como archivo CSV.</translation>
    </message>
    <message>
        <source>Create a Fashion-MNIST demo project.</source>
        <translation>Crear un proyecto de demostración de Fashion-MNIST.</translation>
    </message>
    <message>
        <source>Hone&apos;s version and those of Qt, LibTorch and OpenCV; whether CUDA is available.</source>
        <translation>La versión de Hone y las de Qt, LibTorch y OpenCV; si CUDA está disponible.</translation>
    </message>
    <message>
        <source>Print Hone&apos;s version, the versions of Qt, LibTorch and OpenCV, and whether CUDA is available.</source>
        <translation>Mostrar la versión de Hone, las versiones de Qt, LibTorch y OpenCV, y si CUDA está disponible.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file holds a NUL byte at offset %1: it is not a text file in UTF-8, Latin-1 or UTF-16</source>
        <translation>el archivo contiene un byte NUL en la posición %1: no es un archivo de texto en UTF-8, Latin-1 ni UTF-16</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>el archivo no es texto UTF-16 válido</translation>
    </message>
    <message>
        <source>the file holds a NUL character: it is not a text file</source>
        <translation>el archivo contiene un carácter NUL: no es un archivo de texto</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>línea %1: un campo entre comillas no está cerrado</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>%1 is not empty; choose a new folder</source>
        <translation>%1 no está vacía; hay que elegir una carpeta nueva</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation>no se puede copiar %1 en %2</translation>
    </message>
    <message>
        <source>no output path</source>
        <translation>no hay ruta de salida</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>cannot open %1; install the dataset-fashion-mnist package</source>
        <translation>no se puede abrir %1; hay que instalar el paquete dataset-fashion-mnist</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 está dañado</translation>
    </message>
    <message>
        <source>the Fashion-MNIST files are not in IDX format</source>
        <translation>los archivos de Fashion-MNIST no están en formato IDX</translation>
    </message>
    <message>
        <source>the Fashion-MNIST files are truncated</source>
        <translation>los archivos de Fashion-MNIST están truncados</translation>
    </message>
    <message>
        <source>Fashion-MNIST has no class %1 (0 to 9)</source>
        <translation>Fashion-MNIST no tiene la clase %1 (de 0 a 9)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>the %1 split has no labeled image of the run&apos;s classes</source>
        <translation>la partición %1 no tiene ninguna imagen etiquetada de las clases de la ejecución</translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation>la evaluación falló: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>an unknown error</source>
        <translation>un error desconocido</translation>
    </message>
    <message>
        <source>an unknown error in a background task</source>
        <translation>un error desconocido en una tarea en segundo plano</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>image processing failed: %1</source>
        <translation>el procesamiento de imagen falló: %1</translation>
    </message>
    <message>
        <source>an unexpected error (%1)</source>
        <translation>un error inesperado (%1)</translation>
    </message>
</context>
<context>
    <name>GradCam</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>class %1 is not one of the model&apos;s %2 classes</source>
        <translation>la clase %1 no es una de las %2 clases del modelo</translation>
    </message>
    <message>
        <source>Grad-CAM failed: %1</source>
        <translation>Grad-CAM falló: %1</translation>
    </message>
</context>
<context>
    <name>Hone</name>
    <message>
        <source>Trained from a random initialisation: no third-party weights.</source>
        <translation>Entrenado desde una inicialización aleatoria: sin pesos de terceros.</translation>
    </message>
    <message>
        <source>Started from Hone&apos;s bundled %1 weights (%2), pretrained by `hone-cli pretrain` on %3. Fashion-MNIST is published under the MIT licence; the weights ship with Hone.</source>
        <translation>Partió de los pesos %1 incluidos en Hone (%2), preentrenados con `hone-cli pretrain` en %3. Fashion-MNIST se publica bajo la licencia MIT; los pesos se distribuyen con Hone.</translation>
    </message>
    <message>
        <source>Started from torchvision&apos;s %1 weights (%2, %3 top-1 on %4), downloaded from %5. torchvision&apos;s code and weights are published under the BSD-3-Clause licence; the weights were trained on %4, whose terms of access (non-commercial research and education) may bind how a derived model can be used.</source>
        <translation>Partió de los pesos %1 de torchvision (%2, %3 top-1 en %4), descargados de %5. El código y los pesos de torchvision se publican bajo la licencia BSD-3-Clause; los pesos se entrenaron en %4, cuyas condiciones de acceso (investigación y educación no comerciales) pueden limitar el uso de un modelo derivado.</translation>
    </message>
    <message>
        <source>Started from the zoo weights %1, which this version of Hone does not know.</source>
        <translation>Partió de los pesos del catálogo %1, que esta versión de Hone no conoce.</translation>
    </message>
    <message>
        <source>Started from the weight file %1. Its licence is whatever its source says: check it before sharing this model.</source>
        <translation>Partió del archivo de pesos %1. Su licencia es la que indique su origen: conviene comprobarla antes de compartir este modelo.</translation>
    </message>
    <message>
        <source>Model card: %1</source>
        <translation>Ficha del modelo: %1</translation>
    </message>
    <message>
        <source>Exported by Hone %1 from run %2 of %3, a %4 classifier of %5 classes.</source>
        <translation>Exportado por Hone %1 a partir de la ejecución %2 de %3, un clasificador %4 de %5 clases.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Input and preprocessing</source>
        <translation>Entrada y preprocesamiento</translation>
    </message>
    <message>
        <source>Input: float32, NCHW, shape [N, 3, %1, %1], RGB channel order.</source>
        <translation>Entrada: float32, NCHW, forma [N, 3, %1, %1], orden de canales RGB.</translation>
    </message>
    <message>
        <source>Resizing (the caller&apos;s job): %1.</source>
        <translation>Redimensionado (a cargo de quien llama): %1.</translation>
    </message>
    <message>
        <source>Pixel values: 0–255 as they are. The graph normalises them itself: (x / 255 − mean) / std with mean %1 and std %2.</source>
        <translation>Valores de píxel: 0–255 tal cual. El grafo los normaliza por sí mismo: (x / 255 − mean) / std con mean %1 y std %2.</translation>
    </message>
    <message>
        <source>Pixel values: scale to 0–1 (divide by 255), then (x − mean) / std with mean %1 and std %2.</source>
        <translation>Valores de píxel: escalar a 0–1 (dividir entre 255) y después (x − mean) / std con mean %1 y std %2.</translation>
    </message>
    <message>
        <source>Output: probabilities (softmax in the graph), [N, %1].</source>
        <translation>Salida: probabilidades (softmax en el grafo), [N, %1].</translation>
    </message>
    <message>
        <source>Output: logits, [N, %1]; apply a softmax for probabilities.</source>
        <translation>Salida: logits, [N, %1]; para obtener probabilidades hay que aplicar un softmax.</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Exactitud de validación</translation>
    </message>
    <message>
        <source>%1 on %2 validation images (95 % confidence interval %3 – %4, Wilson), the weights of epoch %5 of %6.</source>
        <translation>%1 en %2 imágenes de validación (intervalo de confianza del 95 % %3 – %4, Wilson), los pesos de la época %5 de %6.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>Imágenes de validación</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>With %1 validation images, differences under about ±%2 points are noise.</source>
        <translation>Con %1 imágenes de validación, las diferencias inferiores a unos ±%2 puntos son ruido.</translation>
    </message>
    <message>
        <source>The run has no validation result.</source>
        <translation>La ejecución no tiene resultado de validación.</translation>
    </message>
    <message>
        <source>Calibration and &quot;unknown&quot;</source>
        <translation>Calibración y «desconocido»</translation>
    </message>
    <message>
        <source>The run was not calibrated (it was trained by an earlier version of Hone): confidences are the softmax as it is, and no threshold is set.</source>
        <translation>La ejecución no se calibró (la entrenó una versión anterior de Hone): las confianzas son el softmax tal cual y no hay umbral definido.</translation>
    </message>
    <message>
        <source>Temperature %1 (calibrated probabilities are softmax(logits / %1)), fitted on %2 validation images.</source>
        <translation>Temperatura %1 (las probabilidades calibradas son softmax(logits / %1)), ajustada en %2 imágenes de validación.</translation>
    </message>
    <message>
        <source>Not fitted: %1.</source>
        <translation>Sin ajustar: %1.</translation>
    </message>
    <message>
        <source>Expected calibration error (10 bins): %1 before, %2 after.</source>
        <translation>Error de calibración esperado (10 intervalos): %1 antes, %2 después.</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; when the calibrated confidence is below %1, or when the image&apos;s pooled features (the &quot;embedding&quot; output) are farther than %2 from every class centre (1 − cosine similarity; the centres are in the metadata&apos;s calibration.novelty).</source>
        <translation>«Desconocido» cuando la confianza calibrada es inferior a %1, o cuando las características agrupadas de la imagen (la salida &quot;embedding&quot;) están a más de %2 de todos los centros de clase (1 − similitud del coseno; los centros están en calibration.novelty de los metadatos).</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; when the calibrated confidence is below %1.</source>
        <translation>«Desconocido» cuando la confianza calibrada es inferior a %1.</translation>
    </message>
    <message>
        <source>On validation this keeps %1 of the correct predictions (target %2) and flags %3 of the wrong ones.</source>
        <translation>En validación, esto conserva el %1 de las predicciones correctas (objetivo: %2) y marca el %3 de las erróneas.</translation>
    </message>
    <message>
        <source>Both checks only know the classes above. Things the model never saw but that look like one of its classes still pass; when such images are common where the model is used, add a &quot;background&quot; class with examples of them.</source>
        <translation>Ambas comprobaciones solo conocen las clases anteriores. Lo que el modelo nunca vio pero se parece a una de sus clases sigue pasando; si esas imágenes son frecuentes donde se usa el modelo, conviene añadir una clase &quot;background&quot; con ejemplos de ellas.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>%1 training and %2 validation images; dataset hash %3.</source>
        <translation>%1 imágenes de entrenamiento y %2 de validación; hash del conjunto de datos %3.</translation>
    </message>
    <message>
        <source>Recipe %1, freeze depth %2, %3 epochs at learning rate %4, image size %5, seed %6, on %7.</source>
        <translation>Receta %1, profundidad de congelación %2, %3 épocas con tasa de aprendizaje %4, tamaño de imagen %5, semilla %6, en %7.</translation>
    </message>
    <message>
        <source>Started %1, ended %2.</source>
        <translation>Inicio %1, fin %2.</translation>
    </message>
    <message>
        <source>Backbone and licence</source>
        <translation>Red troncal y licencia</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>The export was not verified (--no-verify).</source>
        <translation>La exportación no se verificó (--no-verify).</translation>
    </message>
    <message>
        <source>%1 is not a bookmark list (%2); left as it is</source>
        <translation>%1 no es una lista de marcadores (%2); se deja como está</translation>
    </message>
</context>
<context>
    <name>Hone::BackbonePicker</name>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Import a weight file (.pth, .safetensors) — torchvision&apos;s, timm&apos;s or a Hone backbone</source>
        <translation>Importar un archivo de pesos (.pth, .safetensors): de torchvision, de timm o una red troncal de Hone</translation>
    </message>
    <message>
        <source>How many stages of the backbone stay frozen: left trains everything, right trains only the new head</source>
        <translation>Cuántas etapas de la red troncal permanecen congeladas: a la izquierda se entrena todo, a la derecha solo la nueva cabeza</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>La descarga falló: %1</translation>
    </message>
    <message>
        <source>None (random initialisation)</source>
        <translation>Ninguno (inicialización aleatoria)</translation>
    </message>
    <message>
        <source> — %1 % top-1</source>
        <translation> — %1 % top-1</translation>
    </message>
    <message>
        <source> — bundled</source>
        <translation> — incluido</translation>
    </message>
    <message>
        <source> — not downloaded</source>
        <translation> — no descargado</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>%1, %2 parameters before the new classifier layer, %3 px input</source>
        <translation>%1, %2 parámetros antes de la nueva capa clasificadora, entrada de %3 px</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Every weight starts random: expect to need many more images and epochs.</source>
        <translation>Todos los pesos empiezan aleatorios: se necesitarán muchas más imágenes y épocas.</translation>
    </message>
    <message>
        <source>Not on this computer yet: %1, from %2</source>
        <translation>Aún no está en este equipo: %1, de %2</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>Listo: %1</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Leyendo %1 …</translation>
    </message>
    <message>
        <source>Cannot use this file: %1</source>
        <translation>No se puede usar este archivo: %1</translation>
    </message>
    <message>
        <source>Load report: %1</source>
        <translation>Informe de carga: %1</translation>
    </message>
    <message>
        <source>Nothing frozen: every stage trains.</source>
        <translation>Nada congelado: se entrenan todas las etapas.</translation>
    </message>
    <message>
        <source>Frozen: the whole backbone (%1 … %2); only the head trains.</source>
        <translation>Congelada: toda la red troncal (%1 … %2); solo se entrena la cabeza.</translation>
    </message>
    <message>
        <source>Frozen: %1; training: %2 and the head.</source>
        <translation>Congeladas: %1; en entrenamiento: %2 y la cabeza.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 parameters train (%4 %).</source>
        <translation>%1 Se entrenan %2 de %3 parámetros (%4 %).</translation>
    </message>
    <message>
        <source>Import Weights</source>
        <translation>Importar pesos</translation>
    </message>
    <message>
        <source>Weight files (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Archivos de pesos (*.pth *.pt *.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>; ImageNet top-1 %1 %</source>
        <translation>; top-1 en ImageNet %1 %</translation>
    </message>
    <message>
        <source>Training takes %1 ms per image on this computer&apos;s CPU at %2 px.</source>
        <translation>El entrenamiento tarda %1 ms por imagen en la CPU de este ordenador a %2 px.</translation>
    </message>
    <message>
        <source>Measuring its speed on this computer…</source>
        <translation>Midiendo su velocidad en este ordenador…</translation>
    </message>
</context>
<context>
    <name>Hone::CameraFeed</name>
    <message>
        <source>The camera is no longer connected.</source>
        <translation>La cámara ya no está conectada.</translation>
    </message>
    <message>
        <source>This build of Hone has no camera support.</source>
        <translation>Esta compilación de Hone no admite cámaras.</translation>
    </message>
</context>
<context>
    <name>Hone::ClassPanel</name>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clases&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press 1–9 to label the selection, 0 to clear.</source>
        <translation>Pulsar 1–9 para etiquetar la selección, 0 para borrar.</translation>
    </message>
    <message>
        <source>Add Class…</source>
        <translation>Añadir clase…</translation>
    </message>
    <message>
        <source>%1   %2  (%3 · %4/%5/%6)</source>
        <translation>%1   %2  (%3 · %4/%5/%6)</translation>
    </message>
    <message>
        <source>%1: %2 images — training %3, validation %4, test %5, no split %6</source>
        <translation>%1: %2 imágenes — entrenamiento %3, validación %4, prueba %5, sin partición %6</translation>
    </message>
    <message>
        <source>0   unlabeled  (%1)</source>
        <translation>0   sin etiquetar  (%1)</translation>
    </message>
    <message>
        <source>Add Class</source>
        <translation>Añadir clase</translation>
    </message>
    <message>
        <source>Class name:</source>
        <translation>Nombre de la clase:</translation>
    </message>
    <message>
        <source>There is already a class named %1.</source>
        <translation>Ya existe una clase llamada %1.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambia&amp;r nombre…</translation>
    </message>
    <message>
        <source>Rename Class</source>
        <translation>Cambiar nombre de la clase</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Change &amp;Colour…</source>
        <translation>Cambiar &amp;color…</translation>
    </message>
    <message>
        <source>Class Colour</source>
        <translation>Color de la clase</translation>
    </message>
    <message>
        <source>&amp;Merge Into</source>
        <translation>&amp;Fusionar en</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>There is already a class named %1; merge the two instead.</source>
        <translation>Ya existe una clase llamada %1; mejor fusionar las dos.</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>Eliminar clase</translation>
    </message>
    <message numerus="yes">
        <source>Delete the class %1? Its %n image(s) stay in the project, unlabeled. (To give them another class, use Merge Into instead.) Edit › Undo brings everything back.</source>
        <translation>
            <numerusform>¿Eliminar la clase %1? Su %n imagen permanece en el proyecto, sin etiquetar. (Para darle otra clase, usar Fusionar en.) Editar › Deshacer lo recupera todo.</numerusform>
            <numerusform>¿Eliminar la clase %1? Sus %n imágenes permanecen en el proyecto, sin etiquetar. (Para darles otra clase, usar Fusionar en.) Editar › Deshacer lo recupera todo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::Cli</name>
    <message>
        <source>List the backbones, their freeze stages and the weights they can start from; download weights into the cache.</source>
        <translation>Enumerar las redes troncales, sus etapas de congelación y los pesos desde los que pueden empezar; descargar pesos en la caché.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar la salida en JSON.</translation>
    </message>
    <message>
        <source>Download the weights ID of backbone NAME (give both: --download NAME ID).</source>
        <translation>Descargar los pesos ID de la red troncal NAME (indicar ambos: --download NAME ID).</translation>
    </message>
    <message>
        <source>With --download: the weights id (default: imagenet).</source>
        <translation>Con --download: el id de los pesos (predeterminado: imagenet).</translation>
    </message>
    <message>
        <source> [bundled]</source>
        <translation> [incluido]</translation>
    </message>
    <message>
        <source> [downloaded]</source>
        <translation> [descargado]</translation>
    </message>
    <message>
        <source>Print each image&apos;s pooled features before the classifier, one JSON object per line: {&quot;image&quot;: PATH, &quot;features&quot;: [...]}.</source>
        <translation>Mostrar las características agrupadas de cada imagen antes del clasificador, un objeto JSON por línea: {&quot;image&quot;: PATH, &quot;features&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Images.</source>
        <translation>Imágenes.</translation>
    </message>
    <message>
        <source>Architecture (hone-cli backbones).</source>
        <translation>Arquitectura (hone-cli backbones).</translation>
    </message>
    <message>
        <source>default, imagenet, none, a catalog id or a weight file.</source>
        <translation>default, imagenet, none, un id del catálogo o un archivo de pesos.</translation>
    </message>
    <message>
        <source>Input size (default: the size the weights were trained at, else the architecture&apos;s).</source>
        <translation>Tamaño de entrada (predeterminado: el tamaño con el que se entrenaron los pesos o, si no, el de la arquitectura).</translation>
    </message>
    <message>
        <source>JSON output (the only format; accepted for clarity).</source>
        <translation>Salida JSON (el único formato; se acepta por claridad).</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>red troncal desconocida «%1»</translation>
    </message>
    <message>
        <source>--image-size: give a size from 16 to 1024</source>
        <translation>--image-size: indicar un tamaño de 16 a 1024</translation>
    </message>
    <message>
        <source>warning: the weights cover the backbone only in part: %1</source>
        <translation>aviso: los pesos solo cubren parte de la red troncal: %1</translation>
    </message>
    <message>
        <source>hone-cli: error: %1: %2</source>
        <translation>hone-cli: error: %1: %2</translation>
    </message>
    <message>
        <source>Pretrain a backbone and save it, without its classifier layer, as OUTPUT.safetensors with a manifest (OUTPUT.json: the command, seed, data and SHA-256). Data: Fashion-MNIST training images of the given classes, or a labelled project.</source>
        <translation>Preentrenar una red troncal y guardarla, sin su capa clasificadora, como OUTPUT.safetensors con un manifiesto (OUTPUT.json: el comando, la semilla, los datos y el SHA-256). Datos: imágenes de entrenamiento de Fashion-MNIST de las clases indicadas, o un proyecto etiquetado.</translation>
    </message>
    <message>
        <source>The .safetensors file to write.</source>
        <translation>El archivo .safetensors que se escribirá.</translation>
    </message>
    <message>
        <source>Fashion-MNIST labels to pretrain on, e.g. 0,2,3,4,6,9.</source>
        <translation>Etiquetas de Fashion-MNIST con las que preentrenar, p. ej. 0,2,3,4,6,9.</translation>
    </message>
    <message>
        <source>Training images per class (default 1000).</source>
        <translation>Imágenes de entrenamiento por clase (predeterminado: 1000).</translation>
    </message>
    <message>
        <source>Pretrain on this labelled project instead.</source>
        <translation>Preentrenar en este proyecto etiquetado en su lugar.</translation>
    </message>
    <message>
        <source>Keep the Fashion-MNIST project in DIR (default: a temporary folder).</source>
        <translation>Conservar el proyecto de Fashion-MNIST en DIR (predeterminado: una carpeta temporal).</translation>
    </message>
    <message>
        <source>Weights id for the manifest (default: the file&apos;s base name).</source>
        <translation>Id de los pesos para el manifiesto (predeterminado: el nombre base del archivo).</translation>
    </message>
    <message>
        <source>A one-line description for the manifest.</source>
        <translation>Una descripción de una línea para el manifiesto.</translation>
    </message>
    <message>
        <source>give either --fashion-mnist LIST or --project DIR</source>
        <translation>indicar --fashion-mnist LIST o --project DIR</translation>
    </message>
    <message>
        <source>OUTPUT must end in .safetensors</source>
        <translation>OUTPUT debe terminar en .safetensors</translation>
    </message>
    <message>
        <source>--fashion-mnist: &apos;%1&apos; is not a label from 0 to 9</source>
        <translation>--fashion-mnist: «%1» no es una etiqueta de 0 a 9</translation>
    </message>
    <message>
        <source>--per-class: give at least 10</source>
        <translation>--per-class: indicar al menos 10</translation>
    </message>
    <message>
        <source>Writing %1 Fashion-MNIST training images per class (%2) to %3 …</source>
        <translation>Escribiendo %1 imágenes de entrenamiento de Fashion-MNIST por clase (%2) en %3 …</translation>
    </message>
    <message>
        <source>Backbone written: %1 (%2 bytes, SHA-256 %3, best validation accuracy %4 %)</source>
        <translation>Red troncal escrita: %1 (%2 bytes, SHA-256 %3, mejor exactitud de validación %4 %)</translation>
    </message>
    <message>
        <source>Save a finished run&apos;s network, without its classifier layer, as a backbone (.safetensors) other projects can start from.</source>
        <translation>Guardar la red de una ejecución terminada, sin su capa clasificadora, como red troncal (.safetensors) desde la que otros proyectos pueden empezar.</translation>
    </message>
    <message>
        <source>Project folder.</source>
        <translation>Carpeta del proyecto.</translation>
    </message>
    <message>
        <source>Run id (default: the latest finished).</source>
        <translation>Id de la ejecución (predeterminado: la última terminada).</translation>
    </message>
    <message>
        <source>Keep float32 weights (default: float16, half the size).</source>
        <translation>Conservar los pesos en float32 (predeterminado: float16, la mitad de tamaño).</translation>
    </message>
    <message>
        <source>--output FILE.safetensors is required</source>
        <translation>se requiere --output FILE.safetensors</translation>
    </message>
    <message>
        <source>Backbone of run %1 written (SHA-256 %2); train with --weights %3</source>
        <translation>Red troncal de la ejecución %1 escrita (SHA-256 %2); entrenar con --weights %3</translation>
    </message>
    <message>
        <source>Find mislabelled images (confident learning on K-fold out-of-sample probabilities), exact and near duplicates (and those across splits), image problems, outliers and small classes.</source>
        <translation>Buscar imágenes mal etiquetadas (aprendizaje confiado sobre probabilidades fuera de muestra con K pliegues), duplicados exactos y similares (y los que hay entre particiones), problemas de imagen, atípicos y clases pequeñas.</translation>
    </message>
    <message>
        <source>Cross-validation folds (default 5).</source>
        <translation>Pliegues de validación cruzada (predeterminado: 5).</translation>
    </message>
    <message>
        <source>Label-issue ranking: self-confidence (default) or margin.</source>
        <translation>Orden de los problemas de etiquetas: self-confidence (predeterminado) o margin.</translation>
    </message>
    <message>
        <source>Near duplicates: the cosine similarity of (centred) embeddings that links two images whose perceptual hashes are only loosely alike (default 0.97).</source>
        <translation>Duplicados similares: la similitud del coseno de las incrustaciones (centradas) que vincula dos imágenes cuyos hashes perceptuales solo se parecen vagamente (predeterminado: 0.97).</translation>
    </message>
    <message>
        <source>Near duplicates: the most bits of 64 in which the perceptual hashes of two look-alike images differ (default 4).</source>
        <translation>Duplicados similares: el máximo de bits, de 64, en que pueden diferir los hashes perceptuales de dos imágenes parecidas (predeterminado: 4).</translation>
    </message>
    <message>
        <source>Seed of the fold assignment (default 0).</source>
        <translation>Semilla de la asignación de pliegues (predeterminado: 0).</translation>
    </message>
    <message>
        <source>L2 penalty of the fold heads on standardised embeddings (default %1).</source>
        <translation>Penalización L2 de las cabezas de los pliegues sobre incrustaciones estandarizadas (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Mostrar un único objeto JSON.</translation>
    </message>
    <message>
        <source>--folds: give a number from 2 to 20</source>
        <translation>--folds: indicar un número de 2 a 20</translation>
    </message>
    <message>
        <source>--rank: self-confidence or margin</source>
        <translation>--rank: self-confidence o margin</translation>
    </message>
    <message>
        <source>--similarity: give a value in (0, 1]</source>
        <translation>--similarity: indicar un valor en (0, 1]</translation>
    </message>
    <message>
        <source>--hash-distance: give a number from 0 to 32</source>
        <translation>--hash-distance: indicar un número de 0 a 32</translation>
    </message>
    <message>
        <source>--head-l2: give a value from 0 to 100</source>
        <translation>--head-l2: indicar un valor de 0 a 100</translation>
    </message>
    <message>
        <source>--seed: give a whole number</source>
        <translation>--seed: indicar un número entero</translation>
    </message>
    <message>
        <source>the project has no images</source>
        <translation>el proyecto no tiene imágenes</translation>
    </message>
    <message>
        <source>doctor: embeddings %1/%2</source>
        <translation>doctor: incrustaciones %1/%2</translation>
    </message>
    <message>
        <source>doctor: fold %1/%2</source>
        <translation>doctor: pliegue %1/%2</translation>
    </message>
    <message>
        <source>%1: embeddings %2/%3</source>
        <translation>%1: incrustaciones %2/%3</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>sin etiquetar</translation>
    </message>
    <message>
        <source>could not encode the picture</source>
        <translation>no se pudo codificar la imagen</translation>
    </message>
    <message>
        <source>Suggest classes for the unlabeled images and list them most useful to label first: a softmax head on the labeled images&apos; embeddings scores the rest by the strategy, in diverse batches. With fewer than two classes labeled there is no head yet: typical, diverse images come first (k-means on the embeddings) and &quot;suggested&quot; is null.</source>
        <translation>Sugerir clases para las imágenes sin etiquetar y enumerarlas empezando por las más útiles de etiquetar: una cabeza softmax sobre las incrustaciones de las imágenes etiquetadas puntúa el resto según la estrategia, en lotes diversos. Con menos de dos clases etiquetadas aún no hay cabeza: primero van imágenes típicas y diversas (k-means sobre las incrustaciones) y &quot;suggested&quot; es null.</translation>
    </message>
    <message>
        <source>margin (default), entropy, least-confidence or random.</source>
        <translation>margin (predeterminado), entropy, least-confidence o random.</translation>
    </message>
    <message>
        <source>List at most N images (default: all unlabeled).</source>
        <translation>Enumerar como máximo N imágenes (predeterminado: todas las sin etiquetar).</translation>
    </message>
    <message>
        <source>Diversity batch: images labeled between retrains (default 20).</source>
        <translation>Lote de diversidad: imágenes etiquetadas entre reentrenamientos (predeterminado: 20).</translation>
    </message>
    <message>
        <source>Seed of the random strategy and the cold start (default 0).</source>
        <translation>Semilla de la estrategia aleatoria y del arranque en frío (predeterminado: 0).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Mostrar un array JSON.</translation>
    </message>
    <message>
        <source>--strategy: margin, entropy, least-confidence or random</source>
        <translation>--strategy: margin, entropy, least-confidence o random</translation>
    </message>
    <message>
        <source>--count: give a number of at least 1</source>
        <translation>--count: indicar un número mayor o igual que 1</translation>
    </message>
    <message>
        <source>--batch: give a number from 1 to 1000</source>
        <translation>--batch: indicar un número de 1 a 1000</translation>
    </message>
    <message>
        <source>suggest: skipped %1: %2</source>
        <translation>suggest: se omitió %1: %2</translation>
    </message>
    <message>
        <source>suggest: fewer than two classes are labeled, so these are typical, diverse images to label first, without suggestions</source>
        <translation>suggest: hay menos de dos clases etiquetadas, así que estas son imágenes típicas y diversas que etiquetar primero, sin sugerencias</translation>
    </message>
    <message>
        <source>Place every image&apos;s embedding on a 2-D map (UMAP after PCA) and write the coordinates (CSV: image,x,y,label) or a picture of it (PNG).</source>
        <translation>Situar la incrustación de cada imagen en un mapa 2D (UMAP tras PCA) y escribir las coordenadas (CSV: image,x,y,label) o una imagen del mapa (PNG).</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.png.</source>
        <translation>FILE.csv o FILE.png.</translation>
    </message>
    <message>
        <source>Neighbours of the graph (default 15).</source>
        <translation>Vecinos del grafo (predeterminado: 15).</translation>
    </message>
    <message>
        <source>Seed of the layout (default 0).</source>
        <translation>Semilla de la disposición (predeterminado: 0).</translation>
    </message>
    <message>
        <source>--output: give a .csv or .png file</source>
        <translation>--output: indicar un archivo .csv o .png</translation>
    </message>
    <message>
        <source>--neighbours: give a number from 2 to 100</source>
        <translation>--neighbours: indicar un número de 2 a 100</translation>
    </message>
    <message>
        <source>map: layout %1/%2</source>
        <translation>map: disposición %1/%2</translation>
    </message>
    <message>
        <source>map: %1, %2 s</source>
        <translation>map: %1, %2 s</translation>
    </message>
    <message>
        <source>Train a classifier on the project in DIR.</source>
        <translation>Entrenar un clasificador con el proyecto de DIR.</translation>
    </message>
    <message>
        <source>Continue the stopped or failed run ID from its last checkpoint, with its own settings.</source>
        <translation>Continuar la ejecución ID detenida o fallida desde su último punto de control, con su propia configuración.</translation>
    </message>
    <message>
        <source>Assigned %1 labeled images to train/val (80/20, stratified)</source>
        <translation>Se asignaron %1 imágenes etiquetadas a train/val (80/20, estratificado)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <source>run %1 was stopped before it finished; its weights so far are saved</source>
        <translation>la ejecución %1 se detuvo antes de terminar; sus pesos hasta ese momento están guardados</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>Ejecución %1: %2</translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation>Descargando %1 …</translation>
    </message>
    <message>
        <source>Find a learning rate: train a throw-away copy of the configured model while the rate grows, and suggest the rate where the loss fell fastest.</source>
        <translation>Buscar una tasa de aprendizaje: entrenar una copia desechable del modelo configurado mientras la tasa crece y sugerir la tasa con la que la pérdida bajó más rápido.</translation>
    </message>
    <message>
        <source>Lowest rate (default 1e-7).</source>
        <translation>Tasa mínima (predeterminado: 1e-7).</translation>
    </message>
    <message>
        <source>Highest rate (default 1).</source>
        <translation>Tasa máxima (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Batches (default 100).</source>
        <translation>Lotes (predeterminado: 100).</translation>
    </message>
    <message>
        <source>Print the curve and the suggestion as JSON.</source>
        <translation>Mostrar la curva y la sugerencia en JSON.</translation>
    </message>
    <message>
        <source>a numeric option has a value that is not a number</source>
        <translation>una opción numérica tiene un valor que no es un número</translation>
    </message>
    <message>
        <source>suggested learning rate: %1 (%2 steps, %3)</source>
        <translation>tasa de aprendizaje sugerida: %1 (%2 pasos, %3)</translation>
    </message>
    <message>
        <source>Evaluate a run on the validation or test split.</source>
        <translation>Evaluar una ejecución en la partición de validación o de prueba.</translation>
    </message>
    <message>
        <source>val or test.</source>
        <translation>val o test.</translation>
    </message>
    <message>
        <source>--split must be val or test (or train)</source>
        <translation>--split debe ser val o test (o train)</translation>
    </message>
    <message>
        <source>run %1, %2 split: accuracy %3 % on %4 images, macro-F1 %5</source>
        <translation>ejecución %1, partición %2: exactitud %3 % en %4 imágenes, macro-F1 %5</translation>
    </message>
    <message>
        <source>top-%1 accuracy %2 %</source>
        <translation>exactitud top-%1 %2 %</translation>
    </message>
    <message>
        <source>most confused:</source>
        <translation>más confundidas:</translation>
    </message>
    <message>
        <source>Export a trained run as a model file, verified by reloading it.</source>
        <translation>Exportar una ejecución entrenada como archivo de modelo, verificado al volver a cargarlo.</translation>
    </message>
    <message>
        <source>torchscript or onnx.</source>
        <translation>torchscript u onnx.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Archivo de salida.</translation>
    </message>
    <message>
        <source>Skip the reload-and-compare check.</source>
        <translation>Omitir la comprobación de recarga y comparación.</translation>
    </message>
    <message>
        <source>Put the softmax in the graph: the model outputs probabilities.</source>
        <translation>Poner el softmax en el grafo: el modelo devuelve probabilidades.</translation>
    </message>
    <message>
        <source>The graph takes RGB pixel values 0-255 (float32 NCHW at the model&apos;s input size) and normalises them itself.</source>
        <translation>El grafo recibe valores de píxel RGB de 0-255 (float32 NCHW al tamaño de entrada del modelo) y los normaliza por sí mismo.</translation>
    </message>
    <message>
        <source>Do not write the model card (OUTPUT.md).</source>
        <translation>No escribir la ficha del modelo (OUTPUT.md).</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>se requiere --output</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation>formato desconocido «%1» (se esperaba %2)</translation>
    </message>
    <message>
        <source>wrote %1 (run %2)</source>
        <translation>se escribió %1 (ejecución %2)</translation>
    </message>
    <message>
        <source>model card: %1</source>
        <translation>ficha del modelo: %1</translation>
    </message>
    <message>
        <source>Classify images with an exported model. An image whose calibrated confidence is below the model&apos;s threshold is reported as unknown.</source>
        <translation>Clasificar imágenes con un modelo exportado. Una imagen cuya confianza calibrada es inferior al umbral del modelo se indica como desconocida.</translation>
    </message>
    <message>
        <source>A .pt or .onnx file exported by Hone.</source>
        <translation>Un archivo .pt u .onnx exportado por Hone.</translation>
    </message>
    <message>
        <source>Image files, or folders of them (searched recursively).</source>
        <translation>Archivos de imagen o carpetas que los contengan (se buscan recursivamente).</translation>
    </message>
    <message>
        <source>Also write the predictions as CSV to FILE.</source>
        <translation>Escribir también las predicciones como CSV en FILE.</translation>
    </message>
    <message>
        <source>Unknown below this calibrated confidence, 0-1 (default: the model&apos;s).</source>
        <translation>Desconocido por debajo de esta confianza calibrada, 0-1 (predeterminado: la del modelo).</translation>
    </message>
    <message>
        <source>Unknown above this distance from every class, 0-2 (default: the model&apos;s).</source>
        <translation>Desconocido por encima de esta distancia a todas las clases, 0-2 (predeterminado: la del modelo).</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Sin progreso en stderr.</translation>
    </message>
    <message>
        <source>hone-cli: warning: %1 holds no image</source>
        <translation>hone-cli: aviso: %1 no contiene ninguna imagen</translation>
    </message>
    <message>
        <source>no image to classify</source>
        <translation>no hay ninguna imagen que clasificar</translation>
    </message>
    <message>
        <source>--threshold must be a number from 0 to 1</source>
        <translation>--threshold debe ser un número de 0 a 1</translation>
    </message>
    <message>
        <source>--max-distance must be a number from 0 to 2</source>
        <translation>--max-distance debe ser un número de 0 a 2</translation>
    </message>
    <message>
        <source>classified %1 of %2 images</source>
        <translation>se clasificaron %1 de %2 imágenes</translation>
    </message>
    <message>
        <source>unknown (%1?)</source>
        <translation>desconocido (¿%1?)</translation>
    </message>
    <message>
        <source>%1 images: %2 known, %3 unknown (confidence below %4 %%5), %6 unreadable</source>
        <translation>%1 imágenes: %2 conocidas, %3 desconocidas (confianza inferior al %4 %%5), %6 ilegibles</translation>
    </message>
    <message>
        <source> or farther than %1 from every class</source>
        <translation> o a más de %1 de todas las clases</translation>
    </message>
    <message>
        <source>the project could not be saved</source>
        <translation>no se pudo guardar el proyecto</translation>
    </message>
    <message>
        <source>Create an empty project in DIR.</source>
        <translation>Crear un proyecto vacío en DIR.</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>Se creó el proyecto %1</translation>
    </message>
    <message>
        <source>Import images into the project in DIR.</source>
        <translation>Importar imágenes al proyecto de DIR.</translation>
    </message>
    <message>
        <source>Image files or folders.</source>
        <translation>Archivos de imagen o carpetas.</translation>
    </message>
    <message>
        <source>auto, folders (one folder per class), flat, or csv (path,label rows).</source>
        <translation>auto, folders (una carpeta por clase), flat o csv (filas path,label).</translation>
    </message>
    <message>
        <source>Copy the images into the project (the default).</source>
        <translation>Copiar las imágenes en el proyecto (predeterminado).</translation>
    </message>
    <message>
        <source>Leave the images where they are and reference them.</source>
        <translation>Dejar las imágenes donde están y hacer referencia a ellas.</translation>
    </message>
    <message>
        <source>--copy and --reference exclude each other</source>
        <translation>--copy y --reference se excluyen mutuamente</translation>
    </message>
    <message>
        <source>unknown layout &apos;%1&apos;</source>
        <translation>disposición desconocida «%1»</translation>
    </message>
    <message>
        <source>Imported %1 images, %2 refused, %3 duplicates</source>
        <translation>Se importaron %1 imágenes, %2 rechazadas, %3 duplicadas</translation>
    </message>
    <message>
        <source>Restore the last good version of the project file in DIR when the current one cannot be read. The unreadable file is kept beside it.</source>
        <translation>Restaurar la última versión correcta del archivo de proyecto de DIR cuando el actual no se puede leer. El archivo ilegible se conserva a su lado.</translation>
    </message>
    <message>
        <source>The project file of %1 reads correctly; nothing to recover.</source>
        <translation>El archivo de proyecto de %1 se lee correctamente; no hay nada que recuperar.</translation>
    </message>
    <message>
        <source>cannot recover %1: %2</source>
        <translation>no se puede recuperar %1: %2</translation>
    </message>
    <message>
        <source>The unreadable file is kept as %1</source>
        <translation>El archivo ilegible se conserva como %1</translation>
    </message>
    <message>
        <source>Summarise the project in DIR.</source>
        <translation>Resumir el proyecto de DIR.</translation>
    </message>
    <message>
        <source>%1 images, %2 labeled, %3 unlabeled</source>
        <translation>%1 imágenes, %2 etiquetadas, %3 sin etiquetar</translation>
    </message>
    <message>
        <source>splits: train %1, val %2, test %3</source>
        <translation>particiones: train %1, val %2, test %3</translation>
    </message>
    <message>
        <source>Label IMAGE (a project-relative path) as CLASS; the class is created if new.</source>
        <translation>Etiquetar IMAGE (una ruta relativa al proyecto) como CLASS; la clase se crea si es nueva.</translation>
    </message>
    <message>
        <source>Image path inside the project.</source>
        <translation>Ruta de la imagen dentro del proyecto.</translation>
    </message>
    <message>
        <source>Class name.</source>
        <translation>Nombre de la clase.</translation>
    </message>
    <message>
        <source>no image &apos;%1&apos; in this project</source>
        <translation>no hay ninguna imagen «%1» en este proyecto</translation>
    </message>
    <message>
        <source>the class name is empty</source>
        <translation>el nombre de la clase está vacío</translation>
    </message>
    <message>
        <source>Split the labeled images into train/val/test, stratified by class.</source>
        <translation>Dividir las imágenes etiquetadas en train/val/test, estratificadas por clase.</translation>
    </message>
    <message>
        <source>Train share.</source>
        <translation>Proporción de entrenamiento.</translation>
    </message>
    <message>
        <source>Validation share.</source>
        <translation>Proporción de validación.</translation>
    </message>
    <message>
        <source>Test share.</source>
        <translation>Proporción de prueba.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>ratios must be non-negative numbers and the seed an integer</source>
        <translation>las proporciones deben ser números no negativos y la semilla un entero</translation>
    </message>
    <message>
        <source>Write a demo project of Fashion-MNIST images to DIR.</source>
        <translation>Escribir en DIR un proyecto de demostración con imágenes de Fashion-MNIST.</translation>
    </message>
    <message>
        <source>Project folder (created).</source>
        <translation>Carpeta del proyecto (se crea).</translation>
    </message>
    <message>
        <source>Images per class.</source>
        <translation>Imágenes por clase.</translation>
    </message>
    <message>
        <source>--per-class must be between 2 and 1000</source>
        <translation>--per-class debe estar entre 2 y 1000</translation>
    </message>
    <message>
        <source>Demo project written to %1</source>
        <translation>Proyecto de demostración escrito en %1</translation>
    </message>
    <message>
        <source>Export the labeled images as an ImageFolder tree or a CSV.</source>
        <translation>Exportar las imágenes etiquetadas como árbol ImageFolder o como CSV.</translation>
    </message>
    <message>
        <source>folders or csv.</source>
        <translation>folders o csv.</translation>
    </message>
    <message>
        <source>A new folder, or the CSV file.</source>
        <translation>Una carpeta nueva, o el archivo CSV.</translation>
    </message>
    <message>
        <source>folders: put classes under train/, val/ and test/.</source>
        <translation>folders: poner las clases bajo train/, val/ y test/.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected folders or csv)</source>
        <translation>formato desconocido «%1» (se esperaba folders o csv)</translation>
    </message>
    <message>
        <source>%1: the file is missing; left out</source>
        <translation>%1: falta el archivo; se omite</translation>
    </message>
    <message>
        <source>Wrote %1 images to %2</source>
        <translation>Se escribieron %1 imágenes en %2</translation>
    </message>
    <message>
        <source>Write a training report (HTML, or PDF when FILE ends in .pdf): configuration, curves, confusion matrix, per-class table and the most confident mistakes, and a data-health section.</source>
        <translation>Escribir un informe de entrenamiento (HTML, o PDF si FILE termina en .pdf): configuración, curvas, matriz de confusión, tabla por clase, los errores con mayor confianza y una sección de salud de los datos.</translation>
    </message>
    <message>
        <source>Output file (.html or .pdf).</source>
        <translation>Archivo de salida (.html o .pdf).</translation>
    </message>
    <message>
        <source>Leave out the data-health section (a data-doctor scan with the bundled backbone).</source>
        <translation>Omitir la sección de salud de los datos (un análisis del doctor de datos con la red troncal incluida).</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>se requiere --output FILE</translation>
    </message>
    <message>
        <source>warning: no data-health section: %1</source>
        <translation>aviso: sin sección de salud de los datos: %1</translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation>Informe de la ejecución %1 escrito en %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>[training options]</source>
        <translation>[opciones de entrenamiento]</translation>
    </message>
    <message>
        <source>Training options (%1):</source>
        <translation>Opciones de entrenamiento (%1):</translation>
    </message>
    <message>
        <source>Exit status and output:</source>
        <translation>Código de salida y salida:</translation>
    </message>
    <message>
        <source>&apos;hone-cli COMMAND --help&apos; describes a command and each of its options.</source>
        <translation>«hone-cli COMMAND --help» describe un comando y cada una de sus opciones.</translation>
    </message>
    <message>
        <source>Usage: hone-cli COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Uso:   hone-cli COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Hone without a window: every step from import to export, for scripts and machines without a display.</source>
        <translation>Hone sin ventana: todos los pasos, de la importación a la exportación, para scripts y máquinas sin pantalla.</translation>
    </message>
    <message>
        <source>0 success; 1 failure, with &quot;hone-cli: error: ...&quot; on stderr; 2 usage error. --json output goes to stdout alone, so it always parses; progress and messages go to stderr. Without --run, a command uses the latest finished run.</source>
        <translation>0 éxito; 1 fallo, con &quot;hone-cli: error: ...&quot; en stderr; 2 error de uso. La salida de --json va sola a stdout, así que siempre se puede analizar; el progreso y los mensajes van a stderr. Sin --run, un comando usa la última ejecución terminada.</translation>
    </message>
    <message>
        <source>Checking images: %1/%2</source>
        <translation>Comprobando imágenes: %1/%2</translation>
    </message>
    <message>
        <source>best validation accuracy %1, epoch %2</source>
        <translation>mejor exactitud en validación %1, época %2</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>exactitud %1</translation>
    </message>
    <message>
        <source>--image-size: give 32 to 1024 pixels</source>
        <translation>--image-size: indique de 32 a 1024 píxeles</translation>
    </message>
    <message>
        <source>%1 at %2 px: %3 ms per image to train on %4 (%5 threads)</source>
        <translation>%1 a %2 px: %3 ms por imagen para entrenar en %4 (%5 hilos)</translation>
    </message>
    <message>
        <source>Measure how long backbone NAME takes to train on one image on this computer (kept for the GUI&apos;s picker).</source>
        <translation>Mide cuánto tarda el backbone NAME en entrenar con una imagen en este ordenador (se guarda para el selector de la interfaz).</translation>
    </message>
    <message>
        <source>With --speed: the input size (default: the size its default weights train at).</source>
        <translation>Con --speed: el tamaño de entrada (por defecto: el de sus pesos por defecto).</translation>
    </message>
</context>
<context>
    <name>Hone::Cli::EmbeddingOptions</name>
    <message>
        <source>Architecture whose embeddings are used (default: the bundled one).</source>
        <translation>Arquitectura cuyas incrustaciones se usan (predeterminado: la incluida).</translation>
    </message>
    <message>
        <source>default, imagenet, none, a catalog id or a weight file (default: the bundled weights for the bundled backbone, ImageNet for the others).</source>
        <translation>default, imagenet, none, un id del catálogo o un archivo de pesos (predeterminado: los pesos incluidos para la red troncal incluida, ImageNet para las demás).</translation>
    </message>
    <message>
        <source>Input size (default: the weights&apos; own).</source>
        <translation>Tamaño de entrada (predeterminado: el propio de los pesos).</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>red troncal desconocida «%1»</translation>
    </message>
    <message>
        <source>--image-size: give a size from 16 to 1024</source>
        <translation>--image-size: indicar un tamaño de 16 a 1024</translation>
    </message>
</context>
<context>
    <name>Hone::Cli::TrainingOptions</name>
    <message>
        <source>--%1: &apos;%2&apos; is not understood</source>
        <translation>--%1: no se entiende «%2»</translation>
    </message>
    <message>
        <source>--freeze: &apos;%1&apos; is not a stage of %2 (%3)</source>
        <translation>--freeze: «%1» no es una etapa de %2 (%3)</translation>
    </message>
    <message>
        <source>the project&apos;s default weights (%1) are not for %2: add --weights default, imagenet, none or a file</source>
        <translation>los pesos predeterminados del proyecto (%1) no son para %2: añadir --weights default, imagenet, none o un archivo</translation>
    </message>
    <message>
        <source>resnet18, resnet34, resnet50, mobilenet_v2, mobilenet_v3_small, mobilenet_v3_large, efficientnet_b0, efficientnet_v2_s, regnet_y_800mf or regnet_y_1_6gf (hone-cli backbones).</source>
        <translation>resnet18, resnet34, resnet50, mobilenet_v2, mobilenet_v3_small, mobilenet_v3_large, efficientnet_b0, efficientnet_v2_s, regnet_y_800mf o regnet_y_1_6gf (hone-cli backbones).</translation>
    </message>
    <message>
        <source>default (the backbone Hone ships), imagenet (torchvision&apos;s, downloaded once), none, a catalog id (hone-cli backbones), or a weight file (.pth, .safetensors).</source>
        <translation>default (la red troncal incluida en Hone), imagenet (la de torchvision, descargada una sola vez), none, un id del catálogo (hone-cli backbones) o un archivo de pesos (.pth, .safetensors).</translation>
    </message>
    <message>
        <source>Frozen stages: 0 = train all ... 5 = head only, or the name of the last frozen stage (hone-cli backbones lists them).</source>
        <translation>Etapas congeladas: 0 = entrenar todo ... 5 = solo la cabeza, o el nombre de la última etapa congelada (hone-cli backbones las enumera).</translation>
    </message>
    <message>
        <source>fine-tune: epochs of the head alone (default: a fifth).</source>
        <translation>fine-tune: épocas de solo cabeza (predeterminado: una quinta parte).</translation>
    </message>
    <message>
        <source>fine-tune: rate factor per stage below the head (default 0.5).</source>
        <translation>fine-tune: factor de tasa por etapa por debajo de la cabeza (predeterminado: 0.5).</translation>
    </message>
    <message>
        <source>Epochs.</source>
        <translation>Épocas.</translation>
    </message>
    <message>
        <source>Batch size, or auto (4 to 32: about 16 steps an epoch; the default).</source>
        <translation>Tamaño de lote, o auto (de 4 a 32: unos 16 pasos por época; el predeterminado).</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>Tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>adamw or sgd.</source>
        <translation>adamw o sgd.</translation>
    </message>
    <message>
        <source>Nesterov momentum (SGD).</source>
        <translation>Momento de Nesterov (SGD).</translation>
    </message>
    <message>
        <source>Weight decay (not on biases and norms).</source>
        <translation>Decaimiento de pesos (excepto en sesgos y capas de normalización).</translation>
    </message>
    <message>
        <source>Weight decay on biases and norms too.</source>
        <translation>Decaimiento de pesos también en sesgos y capas de normalización.</translation>
    </message>
    <message>
        <source>Learning-rate schedule: cosine, onecycle, step or constant.</source>
        <translation>Planificación de la tasa de aprendizaje: cosine, onecycle, step o constant.</translation>
    </message>
    <message>
        <source>Warm-up epochs (cosine schedule).</source>
        <translation>Épocas de calentamiento (planificación cosine).</translation>
    </message>
    <message>
        <source>Label smoothing, 0 to below 1.</source>
        <translation>Suavizado de etiquetas, de 0 a menos de 1.</translation>
    </message>
    <message>
        <source>Clip the global gradient norm to X (0 = off).</source>
        <translation>Recortar la norma global del gradiente a X (0 = desactivado).</translation>
    </message>
    <message>
        <source>none or balanced (inverse class frequency).</source>
        <translation>none o balanced (inverso de la frecuencia de cada clase).</translation>
    </message>
    <message>
        <source>Stop after N epochs without improvement (0 = off).</source>
        <translation>Detener tras N épocas sin mejora (0 = desactivado).</translation>
    </message>
    <message>
        <source>val_accuracy or val_loss: what improves, and which epoch is best.</source>
        <translation>val_accuracy o val_loss: qué debe mejorar y qué época es la mejor.</translation>
    </message>
    <message>
        <source>Keep the last epoch&apos;s weights instead of the best epoch&apos;s.</source>
        <translation>Conservar los pesos de la última época en lugar de los de la mejor.</translation>
    </message>
    <message>
        <source>Augmentations, comma-separated: flip, crop, rotate, color, trivial (default: flip).</source>
        <translation>Aumentos de datos, separados por comas: flip, crop, rotate, color, trivial (predeterminado: flip).</translation>
    </message>
    <message>
        <source>No augmentation at all.</source>
        <translation>Sin ningún aumento de datos.</translation>
    </message>
    <message>
        <source>Feature cache: random views kept per image when augmenting more than flips (default 4).</source>
        <translation>Caché de características: vistas aleatorias conservadas por imagen cuando el aumento va más allá de los volteos (predeterminado: 4).</translation>
    </message>
    <message>
        <source>Run the frozen stages on every batch instead of caching their output.</source>
        <translation>Ejecutar las etapas congeladas en cada lote en lugar de guardar su salida en caché.</translation>
    </message>
    <message>
        <source>Input size in pixels.</source>
        <translation>Tamaño de entrada en píxeles.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>CPU threads (0 = all cores).</source>
        <translation>Hilos de CPU (0 = todos los núcleos).</translation>
    </message>
    <message>
        <source>auto (fp16 mixed precision on CUDA, fp32 on a CPU), fp32, fp16 (CUDA) or bf16 (CUDA, or CPUs with AVX-512 BF16).</source>
        <translation>auto (precisión mixta fp16 en CUDA, fp32 en CPU), fp32, fp16 (CUDA) o bf16 (CUDA, o CPU con AVX-512 BF16).</translation>
    </message>
    <message>
        <source>Channels-last memory format: auto (on CUDA), on or off.</source>
        <translation>Formato de memoria channels-last: auto (en CUDA), on u off.</translation>
    </message>
    <message>
        <source>auto (the default: chosen from the data, see README), custom (train from --freeze on), feature-extraction (the head only) or fine-tune (the head first, then from --freeze on with lower rates for earlier stages).</source>
        <translation>auto (por defecto: elegido a partir de los datos, véase README), custom (entrenar desde --freeze), feature-extraction (solo la cabeza) o fine-tune (primero la cabeza, luego desde --freeze con tasas menores para las etapas anteriores).</translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionGallery</name>
    <message>
        <source>%1 predicted as %2</source>
        <translation>%1 predicho como %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of class %1 predicted as %2, most confident first. Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); double-click to open an image in the Dataset view.</source>
        <translation>
            <numerusform>%n imagen de la clase %1 predicha como %2, las de mayor confianza primero. Pulsar 1–9 para dar una clase a las imágenes seleccionadas, 0 para quitarles la etiqueta (Editar › Deshacer lo revierte); doble clic para abrir una imagen en la vista Conjunto de datos.</numerusform>
            <numerusform>%n imágenes de la clase %1 predichas como %2, las de mayor confianza primero. Pulsar 1–9 para dar una clase a las imágenes seleccionadas, 0 para quitarles la etiqueta (Editar › Deshacer lo revierte); doble clic para abrir una imagen en la vista Conjunto de datos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionMatrixWidget</name>
    <message>
        <source>Click a cell to see its images</source>
        <translation>Hacer clic en una celda para ver sus imágenes</translation>
    </message>
    <message numerus="yes">
        <source>%1 predicted as %2: %n image(s), %3 % of the class. Click to see them.</source>
        <translation>
            <numerusform>%1 predicho como %2: %n imagen, el %3 % de la clase. Hacer clic para verla.</numerusform>
            <numerusform>%1 predicho como %2: %n imágenes, el %3 % de la clase. Hacer clic para verlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first validation pass.</source>
        <translation>La matriz de confusión aparece tras la primera pasada de validación.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>predicha</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>clase real</translation>
    </message>
</context>
<context>
    <name>Hone::CrossValidation</name>
    <message>
        <source>no labelled images: label issues need labels to check</source>
        <translation>no hay imágenes etiquetadas: los problemas de etiquetas necesitan etiquetas para comprobarse</translation>
    </message>
    <message>
        <source>no class has two labelled images: label issues need at least two per class</source>
        <translation>ninguna clase tiene dos imágenes etiquetadas: los problemas de etiquetas necesitan al menos dos por clase</translation>
    </message>
    <message>
        <source>%1 folds instead of %2: the smallest class has %3 images</source>
        <translation>%1 pliegues en lugar de %2: la clase más pequeña tiene %3 imágenes</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) with a single image not scored: no model can learn a class from the image it judges</source>
        <translation>
            <numerusform>%n clase con una sola imagen sin puntuar: ningún modelo puede aprender una clase a partir de la imagen que juzga</numerusform>
            <numerusform>%n clases con una sola imagen sin puntuar: ningún modelo puede aprender una clase a partir de la imagen que juzga</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DataDoctor</name>
    <message>
        <source>no labelled images: the model cannot learn this class; label some or remove the class</source>
        <translation>no hay imágenes etiquetadas: el modelo no puede aprender esta clase; hay que etiquetar algunas o eliminar la clase</translation>
    </message>
    <message>
        <source>%1× fewer images than the median class (%2): training sees it rarely, so the model leans towards the larger classes and its accuracy on this one is the least certain. Label more of it, or train with class weights (balanced).</source>
        <translation>%1× menos imágenes que la clase mediana (%2): el entrenamiento la ve pocas veces, así que el modelo se inclina hacia las clases más grandes y su exactitud en esta es la menos segura. Conviene etiquetar más imágenes de ella o entrenar con pesos de clase (balanced).</translation>
    </message>
    <message>
        <source>Scanned %1 images (%2 labelled) with %3 in %4 s; %5 folds.</source>
        <translation>Se analizaron %1 imágenes (%2 etiquetadas) con %3 en %4 s; %5 pliegues.</translation>
    </message>
    <message>
        <source>Label issues: %1</source>
        <translation>Problemas de etiquetas: %1</translation>
    </message>
    <message>
        <source>  %1: labelled %2, looks like %3 (score %4)</source>
        <translation>  %1: etiquetada como %2, parece %3 (puntuación %4)</translation>
    </message>
    <message>
        <source>Duplicate groups: %1 (%2 across splits)</source>
        <translation>Grupos de duplicados: %1 (%2 entre particiones)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>near</source>
        <translation>similar</translation>
    </message>
    <message>
        <source>, across splits</source>
        <translation>, entre particiones</translation>
    </message>
    <message>
        <source>Image problems: %1</source>
        <translation>Problemas de imagen: %1</translation>
    </message>
    <message>
        <source>Outliers: %1</source>
        <translation>Atípicos: %1</translation>
    </message>
    <message>
        <source>Small class %1 (%2 images): %3</source>
        <translation>Clase pequeña %1 (%2 imágenes): %3</translation>
    </message>
    <message>
        <source>Unreadable images: %1</source>
        <translation>Imágenes ilegibles: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) checked earlier and not shown</source>
        <translation>
            <numerusform>%n hallazgo revisado antes y no mostrado</numerusform>
            <numerusform>%n hallazgos revisados antes y no mostrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DatasetWorkspace</name>
    <message>
        <source>All splits</source>
        <translation>Todas las particiones</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>the test split (noun), beside Training and Validation</extracomment>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>No split</source>
        <translation>Sin partición</translation>
    </message>
    <message>
        <source>Filter by file name…</source>
        <translation>Filtrar por nombre de archivo…</translation>
    </message>
    <message>
        <source>How the Label next queue ranks unlabeled images</source>
        <translation>Cómo ordena la cola de etiquetado las imágenes sin etiquetar</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropía</translation>
    </message>
    <message>
        <source>Least confidence</source>
        <translation>Menor confianza</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatoria</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>Import &amp;Images or CSV…</source>
        <translation>Importar &amp;imágenes o CSV…</translation>
    </message>
    <message>
        <source>Import Images</source>
        <translation>Importar imágenes</translation>
    </message>
    <message>
        <source>Images and label files (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)</source>
        <translation>Imágenes y archivos de etiquetas (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)</translation>
    </message>
    <message>
        <source>Off: images stay where they are and the project refers to them.</source>
        <translation>Desactivado: las imágenes se quedan donde están y el proyecto hace referencia a ellas.</translation>
    </message>
    <message>
        <source>&amp;Split Dataset…</source>
        <translation>&amp;Dividir conjunto de datos…</translation>
    </message>
    <message>
        <source>&amp;Next Unlabeled Image</source>
        <translation>Siguiente imagen &amp;sin etiquetar</translation>
    </message>
    <message>
        <source>Every image here is labeled</source>
        <translation>Todas las imágenes de aquí están etiquetadas</translation>
    </message>
    <message>
        <source>Move to &amp;Training Split</source>
        <translation>Mover a la partición de en&amp;trenamiento</translation>
    </message>
    <message>
        <source>Move to &amp;Validation Split</source>
        <translation>Mover a la partición de &amp;validación</translation>
    </message>
    <message>
        <source>Move to T&amp;est Split</source>
        <translation>Mover a la partición de pr&amp;ueba</translation>
    </message>
    <message>
        <source>&amp;Remove from Splits</source>
        <translation>&amp;Quitar de las particiones</translation>
    </message>
    <message>
        <source>Export Dataset as &amp;Folders…</source>
        <translation>&amp;Exportar conjunto de datos como carpetas…</translation>
    </message>
    <message>
        <source>Export Dataset as &amp;CSV…</source>
        <translation>E&amp;xportar conjunto de datos como CSV…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Sin etiquetar</translation>
    </message>
    <message>
        <source>No class %1: add classes in the class panel first</source>
        <translation>No hay clase %1: primero hay que añadir clases en el panel de clases</translation>
    </message>
    <message>
        <source>Split the labeled images per class</source>
        <translation>Dividir las imágenes etiquetadas por clase</translation>
    </message>
    <message>
        <source>Export Dataset as CSV</source>
        <translation>Exportar conjunto de datos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Dataset into an Empty Folder</source>
        <translation>Exportar conjunto de datos a una carpeta vacía</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>Exportar conjunto de datos</translation>
    </message>
    <message>
        <source>Put the classes under train/, val/ and test/ folders?</source>
        <translation>¿Poner las clases en las carpetas train/, val/ y test/?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n imagen a %1</numerusform>
            <numerusform>Se exportaron %n imágenes a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing images…</source>
        <translation>Importando imágenes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>La importación falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n image(s)</source>
        <translation>
            <numerusform>Se importó %n imagen</numerusform>
            <numerusform>Se importaron %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, se omitió %n duplicada</numerusform>
            <numerusform>, se omitieron %n duplicadas</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>No se pudo importar %n archivo.</numerusform>
            <numerusform>No se pudieron importar %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggest classes for unlabeled images with a head trained on the labeled ones; it retrains in the background as you label.</source>
        <translation>Sugerir clases para las imágenes sin etiquetar con una cabeza entrenada con las etiquetadas; se reentrena en segundo plano mientras se etiqueta.</translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Label</source>
        <translation>&amp;Aceptar etiqueta sugerida</translation>
    </message>
    <message>
        <source>No suggestion to accept here</source>
        <translation>Aquí no hay ninguna sugerencia que aceptar</translation>
    </message>
    <message>
        <source>Accept Suggestions</source>
        <translation>Aceptar sugerencias</translation>
    </message>
    <message>
        <source>Accept every suggested label at or above this confidence (%):</source>
        <translation>Aceptar todas las etiquetas sugeridas con esta confianza o superior (%):</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggested label(s) (undo reverts them all)</source>
        <translation>
            <numerusform>Se aceptó %n etiqueta sugerida (deshacer la revierte)</numerusform>
            <numerusform>Se aceptaron %n etiquetas sugeridas (deshacer las revierte todas)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label Next Queue</source>
        <translation>Co&amp;la de etiquetado</translation>
    </message>
    <message>
        <source>Show only unlabeled images, the ones whose labels teach the model most first</source>
        <translation>Mostrar solo las imágenes sin etiquetar, primero aquellas cuyas etiquetas más enseñan al modelo</translation>
    </message>
    <message>
        <source>Nothing left to label</source>
        <translation>No queda nada por etiquetar</translation>
    </message>
    <message>
        <source>%1? %2 % — Enter accepts</source>
        <translation>¿%1? %2 % — Enter acepta</translation>
    </message>
    <message>
        <source>C&amp;opy Imported Images into the Project</source>
        <translation>&amp;Copiar las imágenes importadas al proyecto</translation>
    </message>
    <message>
        <source>Show Su&amp;ggested Labels</source>
        <translation>&amp;Mostrar etiquetas sugeridas</translation>
    </message>
    <message>
        <source>Accept All Suggestions A&amp;bove…</source>
        <translation>Aceptar todas las sugerencias &amp;por encima de…</translation>
    </message>
    <message>
        <source>Ne&amp;xt in Label Queue</source>
        <translation>Siguie&amp;nte en la cola de etiquetado</translation>
    </message>
</context>
<context>
    <name>Hone::DoctorFindingsModel</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Given label</source>
        <translation>Etiqueta asignada</translation>
    </message>
    <message>
        <source>Suggested label</source>
        <translation>Etiqueta sugerida</translation>
    </message>
    <message>
        <source>Label quality</source>
        <translation>Calidad de la etiqueta</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Kind / label</source>
        <translation>Tipo / etiqueta</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Leak</source>
        <translation>Fuga</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Outlier score</source>
        <translation>Puntuación de atípico</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Effect on training</source>
        <translation>Efecto en el entrenamiento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>sin etiquetar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates (%n image(s))</source>
        <translation>
            <numerusform>Duplicados exactos (%n imagen)</numerusform>
            <numerusform>Duplicados exactos (%n imágenes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near duplicates (%n image(s))</source>
        <translation>
            <numerusform>Duplicados similares (%n imagen)</numerusform>
            <numerusform>Duplicados similares (%n imágenes)</numerusform>
        </translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>near</source>
        <translation>similar</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>fuga</translation>
    </message>
    <message>
        <source>no longer leaking</source>
        <translation>ya sin fuga</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>oscura</translation>
    </message>
    <message>
        <source>overexposed</source>
        <translation>sobreexpuesta</translation>
    </message>
    <message>
        <source>blurry</source>
        <translation>borrosa</translation>
    </message>
    <message>
        <source>low information</source>
        <extracomment>an image that is nearly flat: almost one grey level</extracomment>
        <translation>poca información</translation>
    </message>
    <message>
        <source>odd size</source>
        <extracomment>an image whose size or aspect ratio is unusual among the dataset&apos;s images</extracomment>
        <translation>tamaño inusual</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>escala de grises</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the problems of one image</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Split</source>
        <comment>noun: train, val or test</comment>
        <translation>Partición</translation>
    </message>
</context>
<context>
    <name>Hone::DoctorWorkspace</name>
    <message>
        <source>Label issues (%1)</source>
        <translation>Problemas de etiquetas (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplicados (%1)</translation>
    </message>
    <message>
        <source>Leakage (%1)</source>
        <translation>Fugas (%1)</translation>
    </message>
    <message>
        <source>Image problems (%1)</source>
        <translation>Problemas de imagen (%1)</translation>
    </message>
    <message>
        <source>Outliers (%1)</source>
        <translation>Atípicos (%1)</translation>
    </message>
    <message>
        <source>Small classes (%1)</source>
        <translation>Clases pequeñas (%1)</translation>
    </message>
    <message>
        <source>Unreadable (%1)</source>
        <translation>Ilegibles (%1)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Reentrenar</translation>
    </message>
    <message>
        <source>Look for mislabelled images, duplicates, leakage across splits and image problems</source>
        <translation>Buscar imágenes mal etiquetadas, duplicados, fugas entre particiones y problemas de imagen</translation>
    </message>
    <message>
        <source>Scan the project (%1)</source>
        <translation>Analizar el proyecto (%1)</translation>
    </message>
    <message>
        <source>The network whose embeddings the scan compares</source>
        <translation>La red cuyas incrustaciones compara el análisis</translation>
    </message>
    <message>
        <source>Cross-validation folds: each image is judged by a model that never saw it</source>
        <translation>Pliegues de validación cruzada: cada imagen la juzga un modelo que nunca la vio</translation>
    </message>
    <message>
        <source>Self-confidence</source>
        <translation>Autoconfianza</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>How label issues are ranked: the probability of the given label, or its margin over the most likely other class</source>
        <translation>Cómo se ordenan los problemas de etiquetas: la probabilidad de la etiqueta asignada o su margen sobre la otra clase más probable</translation>
    </message>
    <message>
        <source>Train again with the current settings on the fixed dataset</source>
        <translation>Volver a entrenar con la configuración actual sobre el conjunto de datos corregido</translation>
    </message>
    <message>
        <source>Scan to find mislabelled images, duplicates (and those that leak across splits), image problems, outliers and small classes.</source>
        <translation>Analizar para encontrar imágenes mal etiquetadas, duplicados (y los que se filtran entre particiones), problemas de imagen, atípicos y clases pequeñas.</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>Red troncal:</translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation>Pliegues:</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>Ordenar por:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; accept the suggested label · &lt;b&gt;1–9&lt;/b&gt; label with class 1–9 · &lt;b&gt;Space&lt;/b&gt; or &lt;b&gt;C&lt;/b&gt; checked, not an issue · &lt;b&gt;K&lt;/b&gt; keep this duplicate, remove the others · &lt;b&gt;S&lt;/b&gt; one split for the group · &lt;b&gt;Delete&lt;/b&gt; remove the image · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation>&lt;b&gt;Enter&lt;/b&gt; aceptar la etiqueta sugerida · &lt;b&gt;1–9&lt;/b&gt; etiquetar con la clase 1–9 · &lt;b&gt;Space&lt;/b&gt; o &lt;b&gt;C&lt;/b&gt; revisado, no es un problema · &lt;b&gt;K&lt;/b&gt; conservar este duplicado y eliminar los demás · &lt;b&gt;S&lt;/b&gt; una sola partición para el grupo · &lt;b&gt;Delete&lt;/b&gt; eliminar la imagen · &lt;b&gt;Ctrl+Z&lt;/b&gt; deshacer</translation>
    </message>
    <message>
        <source>random weights</source>
        <translation>pesos aleatorios</translation>
    </message>
    <message>
        <source>bundled weights (%1)</source>
        <translation>pesos incluidos (%1)</translation>
    </message>
    <message>
        <source>The project has no images to scan.</source>
        <translation>El proyecto no tiene imágenes que analizar.</translation>
    </message>
    <message>
        <source>Cannot scan: %1</source>
        <translation>No se puede analizar: %1</translation>
    </message>
    <message>
        <source>The %1 weights are not on this computer yet: download them in the Train workspace (Backbone), or choose another backbone.</source>
        <translation>Los pesos %1 aún no están en este equipo: se pueden descargar en el espacio de trabajo Entrenar (Red troncal) o elegir otra red troncal.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n image(s) with %1…</source>
        <translation>
            <numerusform>Analizando %n imagen con %1…</numerusform>
            <numerusform>Analizando %n imágenes con %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Embedding %1/%2</source>
        <translation>Incrustaciones %1/%2</translation>
    </message>
    <message>
        <source>Fold %1/%2</source>
        <translation>Pliegue %1/%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Análisis cancelado.</translation>
    </message>
    <message>
        <source>Scan failed: %1</source>
        <translation>El análisis falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n image(s) with %1 in %2 s, %3 folds.</source>
        <translation>
            <numerusform>Se analizó %n imagen con %1 en %2 s, %3 pliegues.</numerusform>
            <numerusform>Se analizaron %n imágenes con %1 en %2 s, %3 pliegues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) checked earlier are left out.</source>
        <translation>
            <numerusform>Se omite %n hallazgo revisado antes.</numerusform>
            <numerusform>Se omiten %n hallazgos revisados antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data doctor: %1</source>
        <translation>Doctor de datos: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Scan for &amp;Problems</source>
        <translation>&amp;Buscar problemas</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingMap</name>
    <message>
        <source>UMAP (%1 neighbours) on the first %2 principal axes of the centred embeddings, started from the first two</source>
        <translation>UMAP (%1 vecinos) sobre los primeros %2 ejes principales de las incrustaciones centradas, iniciado desde los dos primeros</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingMapView</name>
    <message>
        <source>No map yet</source>
        <translation>Aún no hay mapa</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingPass</name>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>red troncal desconocida «%1»</translation>
    </message>
    <message>
        <source>the backbone returned embeddings of an unexpected size</source>
        <translation>la red troncal devolvió incrustaciones de un tamaño inesperado</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>falta el archivo</translation>
    </message>
</context>
<context>
    <name>Hone::EvaluateWorkspace</name>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>A finished training run</source>
        <translation>Una ejecución de entrenamiento terminada</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>the test split (noun), beside Validation</extracomment>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Evaluate the run on the split (F5)</source>
        <translation>Evaluar la ejecución en la partición (F5)</translation>
    </message>
    <message>
        <source>Write an HTML or PDF report: configuration, curves, confusion matrix, per-class table and the most confident mistakes</source>
        <translation>Escribir un informe HTML o PDF: configuración, curvas, matriz de confusión, tabla por clase y los errores con mayor confianza</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Clase real</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>Predicha como</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Double-click a pair to see its images</source>
        <translation>Doble clic en un par para ver sus imágenes</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>&amp;Ejecución:</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>&amp;Partición:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per class&lt;/b&gt; (click a header to sort)</source>
        <translation>&lt;b&gt;Por clase&lt;/b&gt; (clic en un encabezado para ordenar)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Most confused pairs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pares más confundidos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Misclassified, most confident first&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mal clasificadas, las de mayor confianza primero&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The project&apos;s images changed since the evaluation: press Evaluate (F5) again.</source>
        <translation>Las imágenes del proyecto cambiaron desde la evaluación: pulsar Evaluar (F5) de nuevo.</translation>
    </message>
    <message>
        <source>%1 · %2 · best %3 %</source>
        <translation>%1 · %2 · mejor %3 %</translation>
    </message>
    <message>
        <source>Cannot evaluate: %1</source>
        <translation>No se puede evaluar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating run %1 on %n image(s)…</source>
        <translation>
            <numerusform>Evaluando la ejecución %1 en %n imagen…</numerusform>
            <numerusform>Evaluando la ejecución %1 en %n imágenes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>La evaluación falló: %1</translation>
    </message>
    <message>
        <source>Run %1 on the %2 split: %3 % accuracy</source>
        <translation>Ejecución %1 en la partición %2: exactitud del %3 %</translation>
    </message>
    <message>
        <source>This run has no calibration (trained by an earlier version).</source>
        <translation>Esta ejecución no tiene calibración (la entrenó una versión anterior).</translation>
    </message>
    <message>
        <source>No temperature fitted: %1.</source>
        <translation>No se ajustó ninguna temperatura: %1.</translation>
    </message>
    <message numerus="yes">
        <source>T fitted on %n validation image(s).</source>
        <translation>
            <numerusform>T ajustada en %n imagen de validación.</numerusform>
            <numerusform>T ajustada en %n imágenes de validación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a run and a split, then press Evaluate (F5).</source>
        <translation>Elegir una ejecución y una partición y pulsar Evaluar (F5).</translation>
    </message>
    <message>
        <source>No finished run yet: train a model first.</source>
        <translation>Aún no hay ninguna ejecución terminada: primero hay que entrenar un modelo.</translation>
    </message>
    <message numerus="yes">
        <source>Run &lt;b&gt;%1&lt;/b&gt; on the &lt;b&gt;%2&lt;/b&gt; split: %n image(s), accuracy &lt;b&gt;%3 %&lt;/b&gt; (95 % CI %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>
            <numerusform>Ejecución &lt;b&gt;%1&lt;/b&gt; en la partición &lt;b&gt;%2&lt;/b&gt;: %n imagen, exactitud &lt;b&gt;%3 %&lt;/b&gt; (IC del 95 % %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</numerusform>
            <numerusform>Ejecución &lt;b&gt;%1&lt;/b&gt; en la partición &lt;b&gt;%2&lt;/b&gt;: %n imágenes, exactitud &lt;b&gt;%3 %&lt;/b&gt; (IC del 95 % %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>, top-%1 &lt;b&gt;%2 %&lt;/b&gt;</source>
        <translation>, top-%1 &lt;b&gt;%2 %&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source> (%n image(s) skipped)</source>
        <translation>
            <numerusform> (%n imagen omitida)</numerusform>
            <numerusform> (%n imágenes omitidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>No image was confused.</source>
        <translation>No se confundió ninguna imagen.</translation>
    </message>
    <message>
        <source>run %1, %2 split</source>
        <translation>ejecución %1, partición %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s). Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); Enter opens an image in the Dataset view.</source>
        <translation>
            <numerusform>%n error. Pulsar 1–9 para dar una clase a las imágenes seleccionadas, 0 para quitarles la etiqueta (Editar › Deshacer lo revierte); Enter abre una imagen en la vista Conjunto de datos.</numerusform>
            <numerusform>%n errores. Pulsar 1–9 para dar una clase a las imágenes seleccionadas, 0 para quitarles la etiqueta (Editar › Deshacer lo revierte); Enter abre una imagen en la vista Conjunto de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most confident are shown.</source>
        <translation>Se muestran las %1 de mayor confianza.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>HTML file (*.html);;PDF document (*.pdf)</source>
        <translation>Archivo HTML (*.html);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written:
%1</source>
        <translation>No se pudo escribir el informe:
%1</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>Informe no escrito: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
</context>
<context>
    <name>Hone::GradCamView</name>
    <message>
        <source>&amp;Heat map</source>
        <translation>Mapa de &amp;calor</translation>
    </message>
    <message>
        <source>Blend the Grad-CAM heat map over the image: red where the evidence for the class lies</source>
        <translation>Superponer el mapa de calor de Grad-CAM a la imagen: en rojo, donde está la evidencia de la clase</translation>
    </message>
    <message>
        <source>The class whose evidence is shown</source>
        <translation>La clase cuya evidencia se muestra</translation>
    </message>
    <message>
        <source>Explain:</source>
        <translation>Explicar:</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>Clase predicha</translation>
    </message>
    <message>
        <source>Select an image to see where the model looks.</source>
        <translation>Seleccionar una imagen para ver dónde mira el modelo.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>%1: evidence for &lt;b&gt;%2&lt;/b&gt; (probability %3 %).</source>
        <translation>%1: evidencia de &lt;b&gt;%2&lt;/b&gt; (probabilidad %3 %).</translation>
    </message>
    <message>
        <source>Labelled %1 (probability %2 %).</source>
        <translation>Etiquetada como %1 (probabilidad %2 %).</translation>
    </message>
    <message>
        <source>Map resolution %1 × %2, the network&apos;s last stage.</source>
        <translation>Resolución del mapa %1 × %2, la última etapa de la red.</translation>
    </message>
</context>
<context>
    <name>Hone::ImageGridDelegate</name>
    <message>
        <source>unlabeled</source>
        <translation>sin etiquetar</translation>
    </message>
</context>
<context>
    <name>Hone::ImageGridModel</name>
    <message>
        <source>%1
class: %2
split: %3</source>
        <translation>%1
clase: %2
partición: %3</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>sin etiquetar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>Hone::LabelAssistant</name>
    <message>
        <source>the trunk of run %1</source>
        <translation>la red troncal de la ejecución %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions: reading %n image(s)…</source>
        <translation>
            <numerusform>Sugerencias: leyendo %n imagen…</numerusform>
            <numerusform>Sugerencias: leyendo %n imágenes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions unavailable: %1</source>
        <translation>Sugerencias no disponibles: %1</translation>
    </message>
    <message>
        <source>Suggestions: embedding %1 of %2 images…</source>
        <translation>Sugerencias: calculando incrustaciones de %1 de %2 imágenes…</translation>
    </message>
    <message>
        <source>Label next: typical, diverse images first; suggestions start once two classes have labels</source>
        <translation>Cola de etiquetado: primero imágenes típicas y diversas; las sugerencias empiezan cuando dos clases tienen etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions from %n label(s) on the features of %1 (queue: %2; refreshed in %3 s)</source>
        <translation>
            <numerusform>Sugerencias a partir de %n etiqueta sobre las características de %1 (cola: %2; actualizado en %3 s)</numerusform>
            <numerusform>Sugerencias a partir de %n etiquetas sobre las características de %1 (cola: %2; actualizado en %3 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::LrFinderDialog</name>
    <message>
        <source>Find a Learning Rate</source>
        <translation>Buscar una tasa de aprendizaje</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>pérdida (suavizada)</translation>
    </message>
    <message>
        <source>batch %v of %m</source>
        <translation>lote %v de %m</translation>
    </message>
    <message>
        <source>Training a throw-away copy of the model while the learning rate grows from %1 to %2…</source>
        <translation>Entrenando una copia desechable del modelo mientras la tasa de aprendizaje crece de %1 a %2…</translation>
    </message>
    <message>
        <source>&amp;Use This Rate</source>
        <translation>&amp;Usar esta tasa</translation>
    </message>
    <message>
        <source>The range test did not finish: %1</source>
        <translation>La prueba de rango no terminó: %1</translation>
    </message>
    <message>
        <source>Suggested learning rate: &lt;b&gt;%1&lt;/b&gt;, where the loss fell fastest (%2 batches; %3).</source>
        <translation>Tasa de aprendizaje sugerida: &lt;b&gt;%1&lt;/b&gt;, donde la pérdida bajó más rápido (%2 lotes; %3).</translation>
    </message>
    <message>
        <source>stopped when the loss diverged</source>
        <translation>se detuvo cuando la pérdida divergió</translation>
    </message>
    <message>
        <source>the whole range</source>
        <translation>todo el rango</translation>
    </message>
</context>
<context>
    <name>Hone::MainWindow</name>
    <message>
        <source>&amp;Dataset</source>
        <translation>&amp;Conjunto de datos</translation>
    </message>
    <message>
        <source>D&amp;octor</source>
        <translation>&amp;Doctor</translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>En&amp;trenar</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>E&amp;valuar</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>Could not save the project: %1</source>
        <translation>No se pudo guardar el proyecto: %1</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Your changes are kept in memory; Hone tries again with the next change.</source>
        <translation>No se pudo guardar el proyecto:
%1

Los cambios se conservan en memoria; Hone lo intentará de nuevo con el siguiente cambio.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>New Project Folder</source>
        <translation>Carpeta del proyecto nuevo</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation>Abrir carpeta de proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>E&amp;ntrenar</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Stop training first.</source>
        <translation>Primero hay que detener el entrenamiento.</translation>
    </message>
    <message>
        <source>Wait until the import has finished.</source>
        <translation>Hay que esperar a que termine la importación.</translation>
    </message>
    <message>
        <source>Wait until the evaluation has finished.</source>
        <translation>Hay que esperar a que termine la evaluación.</translation>
    </message>
    <message>
        <source>Wait until the scan has finished, or cancel it.</source>
        <translation>Hay que esperar a que termine el análisis o cancelarlo.</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Free some space or fix the folder&apos;s permissions and retry, or discard the unsaved changes.</source>
        <translation>No se pudo guardar el proyecto:
%1

Hay que liberar espacio o corregir los permisos de la carpeta y reintentar, o descartar los cambios sin guardar.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>The project could not be opened:
%1</source>
        <translation>No se pudo abrir el proyecto:
%1</translation>
    </message>
    <message>
        <source>The project file cannot be read:
%1

Restore the last good version? The unreadable file is kept beside it.</source>
        <translation>No se puede leer el archivo de proyecto:
%1

¿Restaurar la última versión correcta? El archivo ilegible se conserva a su lado.</translation>
    </message>
    <message>
        <source>The project could not be restored:
%1</source>
        <translation>No se pudo restaurar el proyecto:
%1</translation>
    </message>
    <message>
        <source>Restored the last good version of the project file; the unreadable one is kept as %1</source>
        <translation>Se restauró la última versión correcta del archivo de proyecto; el ilegible se conserva como %1</translation>
    </message>
    <message>
        <source>%1 is read-only. You can look at the project, but changes cannot be saved.</source>
        <translation>%1 es de solo lectura. Se puede consultar el proyecto, pero los cambios no se pueden guardar.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n image(s)</source>
        <translation>
            <numerusform>Se abrió %1: %n imagen</numerusform>
            <numerusform>Se abrió %1: %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>%1%2 — Hone</source>
        <translation>%1%2 — Hone</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Wait until the import has finished, or cancel it.</source>
        <translation>Hay que esperar a que termine la importación o cancelarla.</translation>
    </message>
    <message>
        <source>Training is running. Stop it and quit? The run is saved as stopped.</source>
        <translation>El entrenamiento está en curso. ¿Detenerlo y salir? La ejecución se guarda como detenida.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Data&amp;set</source>
        <translation>C&amp;onjunto de datos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Hone</source>
        <translation>&amp;Acerca de Hone</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>About Hone</source>
        <translation>Acerca de Hone</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hone %1&lt;/h3&gt;&lt;p&gt;A workbench for transfer learning on small image datasets: label, train, inspect and export image classifiers.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hone %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para el aprendizaje por transferencia con conjuntos de datos de imágenes pequeños: etiquetar, entrenar, inspeccionar y exportar clasificadores de imágenes.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Hone::MapWorkspace</name>
    <message>
        <source>&amp;Compute Map</source>
        <translation>&amp;Calcular mapa</translation>
    </message>
    <message>
        <source>Colour by label</source>
        <translation>Colorear por etiqueta</translation>
    </message>
    <message>
        <source>Colour by suggestion</source>
        <translation>Colorear por sugerencia</translation>
    </message>
    <message>
        <source>Colour by split</source>
        <translation>Colorear por partición</translation>
    </message>
    <message>
        <source>Colour by doctor&apos;s findings</source>
        <translation>Colorear por hallazgos del doctor</translation>
    </message>
    <message>
        <source>Place every image on the map again from its embedding</source>
        <translation>Volver a situar cada imagen en el mapa a partir de su incrustación</translation>
    </message>
    <message>
        <source>Drag to draw a lasso (Shift adds, Ctrl removes) · 1–9 label the selection, 0 clears · click opens an image · wheel zooms, right-drag pans, double-click shows all</source>
        <translation>Arrastrar para dibujar un lazo (Shift añade, Ctrl quita) · 1–9 etiquetan la selección, 0 la borra · clic abre una imagen · la rueda amplía, arrastrar con el botón derecho desplaza, doble clic muestra todo</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected on the map: 1–9 label them</source>
        <translation>
            <numerusform>%n imagen seleccionada en el mapa: 1–9 la etiquetan</numerusform>
            <numerusform>%n imágenes seleccionadas en el mapa: 1–9 las etiquetan</numerusform>
        </translation>
    </message>
    <message>
        <source>The map is made from the images&apos; embeddings: switch on Dataset ▸ Show Suggested Labels to compute them.</source>
        <translation>El mapa se construye a partir de las incrustaciones de las imágenes: activar Conjunto de datos ▸ Mostrar etiquetas sugeridas para calcularlas.</translation>
    </message>
    <message>
        <source>Waiting for the images&apos; embeddings…</source>
        <translation>Esperando las incrustaciones de las imágenes…</translation>
    </message>
    <message numerus="yes">
        <source>Placing %n image(s)…</source>
        <translation>
            <numerusform>Situando %n imagen…</numerusform>
            <numerusform>Situando %n imágenes…</numerusform>
        </translation>
    </message>
    <message>
        <source>The map could not be computed: %1</source>
        <translation>No se pudo calcular el mapa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from %1 embeddings in %2 s: %3</source>
        <translation>
            <numerusform>%n imagen a partir de incrustaciones de %1 en %2 s: %3</numerusform>
            <numerusform>%n imágenes a partir de incrustaciones de %1 en %2 s: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>sin etiquetar</translation>
    </message>
    <message>
        <source>(pale: suggested, not labeled)</source>
        <translation>(pálido: sugerida, no etiquetada)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>sin partición</translation>
    </message>
    <message>
        <source>label issue</source>
        <translation>problema de etiqueta</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>atípico</translation>
    </message>
    <message>
        <source>image problem</source>
        <translation>problema de imagen</translation>
    </message>
    <message>
        <source>(no scan yet: run the Doctor)</source>
        <translation>(aún sin análisis: ejecutar el Doctor)</translation>
    </message>
    <message>
        <source>No class %1</source>
        <translation>No hay clase %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared the labels of %n image(s)</source>
        <translation>
            <numerusform>Se quitó la etiqueta de %n imagen</numerusform>
            <numerusform>Se quitaron las etiquetas de %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labeled %n image(s) as %1</source>
        <translation>
            <numerusform>Se etiquetó %n imagen como %1</numerusform>
            <numerusform>Se etiquetaron %n imágenes como %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabeled (suggested: %1, %2 %)</source>
        <translation>sin etiquetar (sugerida: %1, %2 %)</translation>
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
        <translation>Las imágenes del proyecto cambiaron desde que se hicieron estas predicciones: hay que evaluar de nuevo para verlas.</translation>
    </message>
    <message>
        <source>%1 → %2  %3 %</source>
        <translation>%1 → %2  %3 %</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>ahora: %1</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>sin etiquetar</translation>
    </message>
</context>
<context>
    <name>Hone::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Automatic (a GPU when there is one)</source>
        <translation>Automático (una GPU si la hay)</translation>
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
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Default &amp;device for training:</source>
        <translation>&amp;Dispositivo predeterminado para el entrenamiento:</translation>
    </message>
    <message>
        <source>The new language applies when Hone starts next.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Hone.</translation>
    </message>
</context>
<context>
    <name>Hone::Project</name>
    <message>
        <source>%1 already holds a Hone project</source>
        <translation>%1 ya contiene un proyecto de Hone</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>
The last good version is kept as %1 (saved %2).</source>
        <translation>
La última versión correcta se conserva como %1 (guardada: %2).</translation>
    </message>
    <message>
        <source>the project folder %1 is read-only: changes cannot be saved</source>
        <translation>la carpeta del proyecto %1 es de solo lectura: los cambios no se pueden guardar</translation>
    </message>
</context>
<context>
    <name>Hone::ReliabilityDiagram</name>
    <message>
        <source>Per confidence bin: the share of right answers against the mean confidence. Bars below the diagonal are over-confident. Grey: the model&apos;s own softmax; blue: after temperature scaling.</source>
        <translation>Por intervalo de confianza: la proporción de respuestas correctas frente a la confianza media. Las barras por debajo de la diagonal indican exceso de confianza. Gris: el softmax propio del modelo; azul: tras el escalado de temperatura.</translation>
    </message>
</context>
<context>
    <name>Hone::RunHistoryPanel</name>
    <message>
        <source>&amp;Delete Run…</source>
        <translation>&amp;Eliminar ejecución…</translation>
    </message>
    <message>
        <source>Resu&amp;me Run</source>
        <translation>Rean&amp;udar ejecución</translation>
    </message>
    <message>
        <source>Save as &amp;Backbone…</source>
        <translation>Guardar como red &amp;troncal…</translation>
    </message>
    <message>
        <source>Save this finished run&apos;s network, without its classifier layer, as a backbone other projects can start from (.safetensors)</source>
        <translation>Guardar la red de esta ejecución terminada, sin su capa clasificadora, como red troncal desde la que otros proyectos pueden empezar (.safetensors)</translation>
    </message>
    <message>
        <source>Continue a stopped run from its last completed epoch, with its own settings</source>
        <translation>Continuar una ejecución detenida desde su última época completada, con su propia configuración</translation>
    </message>
    <message>
        <source>Check runs to draw their validation curves over the current ones.</source>
        <translation>Marcar ejecuciones para dibujar sus curvas de validación sobre las actuales.</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Run %1 (%2 epochs recorded)</source>
        <translation>Ejecución %1 (%2 épocas registradas)</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <source>Delete run %1 with its weights and metrics? This cannot be undone.</source>
        <translation>¿Eliminar la ejecución %1 con sus pesos y métricas? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Save as Backbone</source>
        <translation>Guardar como red troncal</translation>
    </message>
    <message>
        <source>Safetensors weights (*.safetensors)</source>
        <translation>Pesos Safetensors (*.safetensors)</translation>
    </message>
    <message>
        <source>Saved %1.

In another project, choose it as the %2 weights with the … button next to Weights in the Train view.</source>
        <translation>Se guardó %1.

En otro proyecto, se puede elegir como pesos de %2 con el botón … junto a Red troncal en la vista Entrenar.</translation>
    </message>
    <message>
        <source>  best %1, epoch %2</source>
        <translation>  mejor %1, época %2</translation>
    </message>
</context>
<context>
    <name>Hone::SplitDialog</name>
    <message>
        <source>Split Dataset</source>
        <translation>Dividir conjunto de datos</translation>
    </message>
    <message>
        <source>Every class is split in these proportions (stratified). The same seed gives the same split; unlabeled images are left out.</source>
        <translation>Cada clase se divide en estas proporciones (estratificado). La misma semilla da la misma división; las imágenes sin etiquetar quedan fuera.</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Entrenamiento:</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validación:</translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation>&amp;Prueba:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
</context>
<context>
    <name>Hone::TrainWorkspace</name>
    <message>
        <source>Export Model</source>
        <translation>Exportar modelo</translation>
    </message>
    <message>
        <source>Normalise inside the model: it takes RGB pixel values 0–255</source>
        <translation>Normalizar dentro del modelo: recibe valores de píxel RGB de 0–255</translation>
    </message>
    <message>
        <source>The graph does the mean/std normalisation itself, so a consumer only resizes and feeds the pixels as float32 (N×3×S×S). The metadata and the model card say so.</source>
        <translation>El grafo hace por sí mismo la normalización mean/std, así que quien lo use solo tiene que redimensionar y pasarle los píxeles como float32 (N×3×S×S). Los metadatos y la ficha del modelo lo indican.</translation>
    </message>
    <message>
        <source>Softmax inside the model: it outputs probabilities</source>
        <translation>Softmax dentro del modelo: devuelve probabilidades</translation>
    </message>
    <message>
        <source>Exporting run %1 to %2…</source>
        <translation>Exportando la ejecución %1 a %2…</translation>
    </message>
    <message>
        <source>Exported %1: %2</source>
        <translation>Exportado %1: %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Wrote %1 and its model card %2

%3</source>
        <translation>Se escribió %1 y su ficha del modelo %2

%3</translation>
    </message>
    <message>
        <source>Bal&amp;ance classes in the loss</source>
        <translation>Equili&amp;brar las clases en la pérdida</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Volteo</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Recorte</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>TrivialAugment</source>
        <translation>TrivialAugment</translation>
    </message>
    <message>
        <source>&amp;Cache the frozen stages&apos; output</source>
        <translation>&amp;Guardar en caché la salida de las etapas congeladas</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>verb: start training a model</extracomment>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>&amp;Export Model…</source>
        <translation>&amp;Exportar modelo…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>Automatic: 4 to 32, about 16 steps an epoch (small datasets learn faster from more, smaller steps)</source>
        <translation>Automático: de 4 a 32, unos 16 pasos por época (los conjuntos de datos pequeños aprenden más rápido con más pasos y más pequeños)</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD con momento</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>Decaimiento coseno</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>Un ciclo (one-cycle)</translation>
    </message>
    <message>
        <source>Step (×0.1 at ½ and ¾)</source>
        <translation>Escalonada (×0,1 en ½ y ¾)</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
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
        <translation>Automática (FP16 mixta en GPU)</translation>
    </message>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>Mixed FP16 (CUDA)</source>
        <translation>FP16 mixta (CUDA)</translation>
    </message>
    <message>
        <source>Mixed BF16</source>
        <translation>BF16 mixta</translation>
    </message>
    <message>
        <source>Mixed precision runs the network in 16-bit floats and keeps the weights in 32-bit: faster on GPUs. BF16 also runs on CPUs with AVX-512 BF16.</source>
        <translation>La precisión mixta ejecuta la red con números de coma flotante de 16 bits y mantiene los pesos en 32 bits: más rápido en GPU. BF16 también funciona en CPU con AVX-512 BF16.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Backbone:</source>
        <translation>Red &amp;troncal:</translation>
    </message>
    <message>
        <source>Custom: train from the freeze depth on</source>
        <translation>Personalizada: entrenar a partir de la profundidad de congelación</translation>
    </message>
    <message>
        <source>Feature extraction: the head only</source>
        <translation>Extracción de características: solo la cabeza</translation>
    </message>
    <message>
        <source>Fine-tune: the head first, then the stages</source>
        <translation>Ajuste fino: primero la cabeza, después las etapas</translation>
    </message>
    <message>
        <source>Fine-tune trains the new head alone for a fifth of the epochs, then unfreezes the stages from the freeze depth on, each earlier stage at half the rate of the next (LP-FT).</source>
        <translation>El ajuste fino entrena solo la nueva cabeza durante una quinta parte de las épocas y después descongela las etapas a partir de la profundidad de congelación, cada etapa anterior a la mitad de la tasa de la siguiente (LP-FT).</translation>
    </message>
    <message>
        <source>Reci&amp;pe:</source>
        <translation>R&amp;eceta:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>Épo&amp;cas:</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>Tamaño de &amp;lote:</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Run a learning-rate range test and suggest a rate</source>
        <translation>Hacer una prueba de rango de la tasa de aprendizaje y sugerir una tasa</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>Tasa de aprendi&amp;zaje:</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimizador:</translation>
    </message>
    <message>
        <source>LR sc&amp;hedule:</source>
        <translation>Plani&amp;ficación de la tasa:</translation>
    </message>
    <message>
        <source>&amp;Image size:</source>
        <translation>Tamaño de &amp;imagen:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>Dispositi&amp;vo:</translation>
    </message>
    <message>
        <source>Precisio&amp;n:</source>
        <translation>Precisió&amp;n:</translation>
    </message>
    <message>
        <source>Flip training images horizontally at random</source>
        <translation>Voltear horizontalmente al azar las imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>With frozen stages, compute their output once per image (and flip) and train the rest from it: the same training, many times faster. Kept in the project&apos;s cache folder for later runs.</source>
        <translation>Con etapas congeladas, calcular su salida una vez por imagen (y volteo) y entrenar el resto a partir de ella: el mismo entrenamiento, muchas veces más rápido. Se guarda en la carpeta de caché del proyecto para ejecuciones posteriores.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source> epochs without progress</source>
        <translation> épocas sin progreso</translation>
    </message>
    <message>
        <source>Stop when validation accuracy has not improved for this many epochs. Either way the best epoch&apos;s weights are kept.</source>
        <translation>Detener cuando la exactitud de validación no haya mejorado durante este número de épocas. En cualquier caso se conservan los pesos de la mejor época.</translation>
    </message>
    <message>
        <source>Soften the targets: helps when some labels may be wrong</source>
        <translation>Suavizar los objetivos: ayuda cuando algunas etiquetas pueden ser erróneas</translation>
    </message>
    <message>
        <source>Weight each class by the inverse of its share of the training images</source>
        <translation>Ponderar cada clase por el inverso de su proporción en las imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>Earl&amp;y stop:</source>
        <translation>Parada tem&amp;prana:</translation>
    </message>
    <message>
        <source>Label smoothin&amp;g:</source>
        <translation>Suavizado de eti&amp;quetas:</translation>
    </message>
    <message>
        <source>A random 35–100 % of the image, scaled back to the input size</source>
        <translation>Un 35–100 % aleatorio de la imagen, reescalado al tamaño de entrada</translation>
    </message>
    <message>
        <source>Rotate by up to 15° either way</source>
        <translation>Rotar hasta 15° en cualquier sentido</translation>
    </message>
    <message>
        <source>Vary brightness, contrast and saturation by up to 30 %</source>
        <translation>Variar el brillo, el contraste y la saturación hasta un 30 %</translation>
    </message>
    <message>
        <source>One of 14 operations at a random strength per image (TrivialAugment)</source>
        <translation>Una de 14 operaciones con una intensidad aleatoria por imagen (TrivialAugment)</translation>
    </message>
    <message>
        <source>Augment:</source>
        <translation>Aumento de datos:</translation>
    </message>
    <message>
        <source>Hold training after the current batch; press again to continue</source>
        <translation>Pausar el entrenamiento tras el lote actual; pulsar de nuevo para continuar</translation>
    </message>
    <message>
        <source>epoch %v of %m</source>
        <translation>época %v de %m</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>E&amp;jecuciones</translation>
    </message>
    <message>
        <source>Show row &amp;percentages</source>
        <translation>Mostrar porcent&amp;ajes por fila</translation>
    </message>
    <message>
        <source>Show the &amp;best epoch</source>
        <translation>Mostrar la &amp;mejor época</translation>
    </message>
    <message>
        <source>After training: the best epoch&apos;s validation matrix instead of the last one&apos;s.</source>
        <translation>Tras el entrenamiento: la matriz de validación de la mejor época en lugar de la de la última.</translation>
    </message>
    <message>
        <source>Run %1 started</source>
        <translation>Se inició la ejecución %1</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>The chosen weights are not on this computer yet. Download them now?</source>
        <translation>Los pesos elegidos aún no están en este equipo. ¿Descargarlos ahora?</translation>
    </message>
    <message>
        <source>Assigned %1 labeled images to train/validation (80/20 per class)</source>
        <translation>Se asignaron %1 imágenes etiquetadas a entrenamiento/validación (80/20 por clase)</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>Reanudar ejecución</translation>
    </message>
    <message>
        <source>Resuming run %1…</source>
        <translation>Reanudando la ejecución %1…</translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2</source>
        <translation>Entrenando con %1 imágenes, validando con %2</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Pausing before the next training batch.</source>
        <translation>Pausando antes del siguiente lote de entrenamiento.</translation>
    </message>
    <message>
        <source>Continuing.</source>
        <translation>Continuando.</translation>
    </message>
    <message>
        <source>Training paused</source>
        <translation>Entrenamiento en pausa</translation>
    </message>
    <message>
        <source>Training continues</source>
        <translation>El entrenamiento continúa</translation>
    </message>
    <message>
        <source>Find a Learning Rate</source>
        <translation>Buscar una tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Learning rate set to %1 by the range test</source>
        <translation>Tasa de aprendizaje fijada en %1 por la prueba de rango</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Deteniendo tras este lote…</translation>
    </message>
    <message>
        <source>epoch %1/%2  train loss %3, accuracy %4 %  ·  validation loss %5, accuracy %6 %  (%7 s)</source>
        <translation>época %1/%2  pérdida de entrenamiento %3, exactitud %4 %  ·  pérdida de validación %5, exactitud %6 %  (%7 s)</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>El entrenamiento falló</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>Ejecución %1 %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Entrenamiento: %1</translation>
    </message>
    <message>
        <source>St&amp;op Training</source>
        <translation>&amp;Detener entrenamiento</translation>
    </message>
    <message>
        <source>Validation, best epoch %1 of %2: accuracy %3</source>
        <translation>Validación, mejor época %1 de %2: exactitud %3</translation>
    </message>
    <message>
        <source>Validation, epoch %1 of %2: accuracy %3</source>
        <translation>Validación, época %1 de %2: exactitud %3</translation>
    </message>
    <message>
        <source>Auto: chosen from your images</source>
        <translation>Auto: elegido a partir de sus imágenes</translation>
    </message>
    <message>
        <source>Auto chose: %1. %2</source>
        <translation>Auto eligió: %1. %2</translation>
    </message>
</context>
<context>
    <name>Hone::Trainer</name>
    <message>
        <source>out of memory. Try a smaller batch size or image size, or freeze more stages.</source>
        <translation>memoria agotada. Probar con un tamaño de lote o de imagen menor, o congelar más etapas.</translation>
    </message>
    <message>
        <source>the device ran out of memory (%1). Try a smaller batch size or image size, or freeze more stages.</source>
        <translation>el dispositivo se quedó sin memoria (%1). Probar con un tamaño de lote o de imagen menor, o congelar más etapas.</translation>
    </message>
    <message>
        <source>precision %1 on %2: %3</source>
        <translation>precisión %1 en %2: %3</translation>
    </message>
    <message>
        <source>the project&apos;s labeled images or splits changed since run %1; resuming needs the data it started with</source>
        <translation>las imágenes etiquetadas o las particiones del proyecto cambiaron desde la ejecución %1; para reanudar se necesitan los datos con los que empezó</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 cannot be read: %2</source>
        <translation>no se puede leer el punto de control de la ejecución %1: %2</translation>
    </message>
    <message>
        <source>Resuming run %1 after epoch %2</source>
        <translation>Reanudando la ejecución %1 tras la época %2</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Pesos: %1</translation>
    </message>
    <message>
        <source>Decoding %1 images at %2 px…</source>
        <translation>Decodificando %1 imágenes a %2 px…</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Se omitió %1: %2</translation>
    </message>
    <message>
        <source>training needs at least two decodable training images and one validation image</source>
        <translation>el entrenamiento necesita al menos dos imágenes de entrenamiento decodificables y una imagen de validación</translation>
    </message>
    <message>
        <source>Batch size %1 (automatic: about 16 steps an epoch for %2 training images)</source>
        <translation>Tamaño de lote %1 (automático: unos 16 pasos por época para %2 imágenes de entrenamiento)</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 does not match its images</source>
        <translation>el punto de control de la ejecución %1 no coincide con sus imágenes</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 does not match its network</source>
        <translation>el punto de control de la ejecución %1 no coincide con su red</translation>
    </message>
    <message>
        <source>The best epoch&apos;s weights of run %1 cannot be read; the last epoch&apos;s will be kept</source>
        <translation>No se pueden leer los pesos de la mejor época de la ejecución %1; se conservarán los de la última</translation>
    </message>
    <message>
        <source>the head</source>
        <translation>la cabeza</translation>
    </message>
    <message>
        <source>%1 to the head</source>
        <translation>de %1 a la cabeza</translation>
    </message>
    <message>
        <source>Phase %1 of %2, %3 epoch(s): training %4%5</source>
        <translation>Fase %1 de %2, %3 época(s): entrenando %4%5</translation>
    </message>
    <message>
        <source>, each earlier stage at %1× the rate of the next</source>
        <translation>, cada etapa anterior a %1× la tasa de la siguiente</translation>
    </message>
    <message>
        <source>Training %1 of %2 parameters on %3, %4%5</source>
        <translation>Entrenando %1 de %2 parámetros en %3, %4%5</translation>
    </message>
    <message>
        <source>, channels last</source>
        <translation>, channels last</translation>
    </message>
    <message>
        <source>Epoch %1: %2 step(s) skipped, their fp16 gradients overflowed (loss scale now %3)</source>
        <translation>Época %1: se omitieron %2 paso(s), sus gradientes fp16 se desbordaron (escala de pérdida ahora: %3)</translation>
    </message>
    <message>
        <source>Could not write the checkpoint of epoch %1: %2</source>
        <translation>No se pudo escribir el punto de control de la época %1: %2</translation>
    </message>
    <message>
        <source>Early stop after epoch %1: no better %2 for %3 epochs</source>
        <translation>Parada temprana tras la época %1: sin mejora de %2 en %3 épocas</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>exactitud de validación</translation>
    </message>
    <message>
        <source>The last checkpoint cannot be read: %1</source>
        <translation>No se puede leer el último punto de control: %1</translation>
    </message>
    <message>
        <source>Kept the weights of epoch %1, the best (validation accuracy %2 %, loss %3)</source>
        <translation>Se conservaron los pesos de la época %1, la mejor (exactitud de validación %2 %, pérdida %3)</translation>
    </message>
    <message>
        <source>cannot move the weights into place in %1</source>
        <translation>no se pueden mover los pesos a su lugar en %1</translation>
    </message>
    <message>
        <source>there is no run %1 to resume</source>
        <translation>no hay ninguna ejecución %1 que reanudar</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation>la ejecución %1 no se puede reanudar: %2</translation>
    </message>
    <message>
        <source>run %1 has finished; there is nothing to resume</source>
        <translation>la ejecución %1 ha terminado; no hay nada que reanudar</translation>
    </message>
    <message>
        <source>run %1 has no checkpoint: it ended before its first epoch did</source>
        <translation>la ejecución %1 no tiene punto de control: terminó antes de completar su primera época</translation>
    </message>
</context>
<context>
    <name>Hone::TrainingPlots</name>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>exactitud (%)</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>pérdida del lote</translation>
    </message>
    <message>
        <source>batch loss, smoothed</source>
        <translation>pérdida del lote, suavizada</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>exactitud de entrenamiento</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>exactitud de validación</translation>
    </message>
    <message>
        <source>&amp;Log-scale loss</source>
        <translation>Pérdida en escala &amp;logarítmica</translation>
    </message>
    <message>
        <source>Save &amp;Plots…</source>
        <translation>Guardar &amp;gráficos…</translation>
    </message>
    <message>
        <source>Export &amp;Numbers…</source>
        <translation>Exportar &amp;números…</translation>
    </message>
    <message>
        <source>Save Plots</source>
        <translation>Guardar gráficos</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation>Exportar números</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>run %1, validation loss</source>
        <translation>ejecución %1, pérdida de validación</translation>
    </message>
    <message>
        <source>run %1, validation accuracy</source>
        <translation>ejecución %1, exactitud de validación</translation>
    </message>
    <message>
        <source>%1
epoch %2: %3</source>
        <translation>%1
época %2: %3</translation>
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
        <translation>El proyecto aún no tiene clases</translation>
    </message>
    <message>
        <source>The project cannot be changed</source>
        <translation>El proyecto no se puede modificar</translation>
    </message>
    <message>
        <source>This image is in the dataset now, as %1</source>
        <translation>Esta imagen ya está en el conjunto de datos, como %1</translation>
    </message>
    <message>
        <source>The model&apos;s class “%1” is not a class of this project: choose one under “Wrong? It is …”</source>
        <translation>La clase «%1» del modelo no es una clase de este proyecto: hay que elegir una en «¿Incorrecto? Es …»</translation>
    </message>
    <message>
        <source>Add the image to the dataset as %1 (Enter)</source>
        <translation>Añadir la imagen al conjunto de datos como %1 (Enter)</translation>
    </message>
    <message>
        <source>Add the image to the dataset with the predicted class (Enter)</source>
        <translation>Añadir la imagen al conjunto de datos con la clase predicha (Enter)</translation>
    </message>
    <message>
        <source>Add the image to the dataset with the class it really is (keys 1–9)</source>
        <translation>Añadir la imagen al conjunto de datos con la clase que realmente es (teclas 1–9)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added since the last run</source>
        <translation>
            <numerusform>%n imagen añadida desde la última ejecución</numerusform>
            <numerusform>%n imágenes añadidas desde la última ejecución</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation>Añadir al conjunto de datos</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The picture cannot be encoded.</source>
        <translation>No se puede codificar la imagen.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>No se añadió %1: %2</translation>
    </message>
    <message>
        <source>Added %1 to the dataset as %2</source>
        <translation>Se añadió %1 al conjunto de datos como %2</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no image files.</source>
        <translation>El portapapeles no contiene ninguna imagen ni archivos de imagen.</translation>
    </message>
    <message>
        <source>No images there (Hone reads JPEG, PNG, BMP, TIFF and WebP).</source>
        <translation>No hay imágenes ahí (Hone lee JPEG, PNG, BMP, TIFF y WebP).</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 images.</source>
        <translation>Se muestran las primeras %1 de %2 imágenes.</translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation>La imagen está vacía.</translation>
    </message>
    <message>
        <source>camera frame</source>
        <translation>fotograma de la cámara</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>imagen pegada</translation>
    </message>
    <message>
        <source>The camera cannot be started: %1</source>
        <translation>No se puede iniciar la cámara: %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>✓ added</source>
        <translation>✓ añadida</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Drop an image to try the model</source>
        <translation>Soltar una imagen para probar el modelo</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>Prediciendo…</translation>
    </message>
    <message>
        <source>This image cannot be used: %1</source>
        <translation>Esta imagen no se puede usar: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt; — none of these (best guess: %1, %2; the image is unlike every class the model learnt)</source>
        <translation>&lt;b&gt;Desconocido&lt;/b&gt;: ninguna de estas (mejor estimación: %1, %2; la imagen no se parece a ninguna clase que el modelo aprendió)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt; — none of these (best guess: %1, %2)</source>
        <translation>&lt;b&gt;Desconocido&lt;/b&gt;: ninguna de estas (mejor estimación: %1, %2)</translation>
    </message>
    <message>
        <source>Confidence %1 (this model has no calibration: the softmax as it is)</source>
        <translation>Confianza %1 (este modelo no tiene calibración: el softmax tal cual)</translation>
    </message>
    <message>
        <source>Calibrated confidence %1 (the network&apos;s own softmax said %2)</source>
        <translation>Confianza calibrada %1 (el softmax propio de la red dio %2)</translation>
    </message>
    <message>
        <source>Cannot write %1 for Grad-CAM</source>
        <translation>No se puede escribir %1 para Grad-CAM</translation>
    </message>
    <message>
        <source>Unknown below %1</source>
        <translation>Desconocido por debajo de %1</translation>
    </message>
    <message>
        <source>Unknown below %1 (keeps %2 of correct validation predictions)</source>
        <translation>Desconocido por debajo de %1 (conserva el %2 de las predicciones de validación correctas)</translation>
    </message>
    <message>
        <source>Unknown below %1 (the model&apos;s own threshold; it has no calibration)</source>
        <translation>Desconocido por debajo de %1 (el umbral propio del modelo; no tiene calibración)</translation>
    </message>
    <message>
        <source>Unknown below %1 (the model&apos;s own: %2)</source>
        <translation>Desconocido por debajo de %1 (el propio del modelo: %2)</translation>
    </message>
    <message>
        <source>Overlay the Grad-CAM heat map: where the evidence for the class lies</source>
        <translation>Superponer el mapa de calor de Grad-CAM: dónde está la evidencia de la clase</translation>
    </message>
    <message>
        <source>Grad-CAM needs a run of this project; a model file is not explained here</source>
        <translation>Grad-CAM necesita una ejecución de este proyecto; aquí no se explica un archivo de modelo</translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation>La cámara se detuvo: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>The model to use: a finished run of this project, or an exported model file</source>
        <translation>El modelo que usar: una ejecución terminada de este proyecto o un archivo de modelo exportado</translation>
    </message>
    <message>
        <source>Open &amp;Images…</source>
        <translation>Abrir &amp;imágenes…</translation>
    </message>
    <message>
        <source>Choose image files to predict; you can also drop files or a folder here, or paste a picture with Ctrl+V</source>
        <translation>Elegir archivos de imagen para predecir; también se pueden soltar archivos o una carpeta aquí, o pegar una imagen con Ctrl+V</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Cámara:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Drop images or a folder here, paste a picture (Ctrl+V), or open images.</source>
        <translation>Soltar imágenes o una carpeta aquí, pegar una imagen (Ctrl+V) o abrir imágenes.</translation>
    </message>
    <message>
        <source>A prediction whose calibrated confidence is below this is reported as unknown</source>
        <translation>Una predicción cuya confianza calibrada es inferior a este valor se indica como desconocida</translation>
    </message>
    <message>
        <source>&amp;Grad-CAM: show where the model looks</source>
        <translation>&amp;Grad-CAM: mostrar dónde mira el modelo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Wrong? It is …</source>
        <translation>¿Incorrecto? Es …</translation>
    </message>
    <message>
        <source>Enter: right · 1–9: it is that class. Either adds the image to the dataset with that label (undo takes it out again).</source>
        <translation>Enter: correcto · 1–9: es esa clase. Ambas opciones añaden la imagen al conjunto de datos con esa etiqueta (deshacer la vuelve a quitar).</translation>
    </message>
    <message>
        <source>Retrai&amp;n</source>
        <translation>&amp;Reentrenar</translation>
    </message>
    <message>
        <source>Train a new run with the Train workspace&apos;s settings, on the dataset with the added images</source>
        <translation>Entrenar una nueva ejecución con la configuración del espacio de trabajo Entrenar, sobre el conjunto de datos con las imágenes añadidas</translation>
    </message>
    <message>
        <source>Is it right?</source>
        <translation>¿Es correcto?</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 validation accuracy</source>
        <translation>Ejecución %1 · %2 · %3 de exactitud de validación</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>Archivo de modelo…</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <source>Hone models (*.pt *.onnx)</source>
        <translation>Modelos de Hone (*.pt *.onnx)</translation>
    </message>
    <message>
        <source>No finished run yet: train one in the Train workspace, or choose a model file.</source>
        <translation>Aún no hay ninguna ejecución terminada: se puede entrenar una en el espacio de trabajo Entrenar o elegir un archivo de modelo.</translation>
    </message>
    <message>
        <source>The model cannot be used: %1</source>
        <translation>El modelo no se puede usar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n class(es) · %2 px</source>
        <translation>
            <numerusform>%1 · %n clase · %2 px</numerusform>
            <numerusform>%1 · %n clases · %2 px</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::WeightDownloader</name>
    <message>
        <source>Invalid SHA-256 &quot;%1&quot; for %2: it needs 8 to 64 hex digits.</source>
        <translation>SHA-256 no válido &quot;%1&quot; para %2: necesita de 8 a 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Invalid file name &quot;%1&quot; for the weights cache.</source>
        <translation>Nombre de archivo no válido &quot;%1&quot; para la caché de pesos.</translation>
    </message>
    <message>
        <source>Invalid download address for %1.</source>
        <translation>Dirección de descarga no válida para %1.</translation>
    </message>
    <message>
        <source>Cannot create the weights cache folder %1.</source>
        <translation>No se puede crear la carpeta de la caché de pesos %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Download of %1 cancelled.</source>
        <translation>Se canceló la descarga de %1.</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>HTTP %1 %2 de %3</translation>
    </message>
    <message>
        <source>No data from %1 for %2 seconds; the download stopped after %3 bytes.</source>
        <translation>Sin datos de %1 durante %2 segundos; la descarga se detuvo tras %3 bytes.</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>el archivo está incompleto</translation>
    </message>
    <message>
        <source>Connection dropped after %1 of %2 bytes from %3 (%4).</source>
        <translation>La conexión se cortó tras %1 de %2 bytes de %3 (%4).</translation>
    </message>
    <message>
        <source>Connection dropped after %1 bytes from %2 (%3).</source>
        <translation>La conexión se cortó tras %1 bytes de %2 (%3).</translation>
    </message>
    <message>
        <source>SHA-256 checksum mismatch for %1 from %2: expected %3, got %4.</source>
        <translation>La suma de comprobación SHA-256 no coincide para %1 de %2: se esperaba %3, se obtuvo %4.</translation>
    </message>
    <message>
        <source>Cannot move the download into %1: %2</source>
        <translation>No se puede mover la descarga a %1: %2</translation>
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
        <translation>de icono de Windows (ICO)</translation>
    </message>
    <message>
        <source>Canon raw (CR2)</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>RAW de Canon (CR2)</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>comprimido ZIP</translation>
    </message>
    <message>
        <source>HTML page</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>HTML (página web)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>el archivo ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>cannot be read completely: %1</source>
        <translation>no se puede leer por completo: %1</translation>
    </message>
    <message>
        <source>the content is not a JPEG, PNG, BMP, TIFF or WebP image</source>
        <translation>el contenido no es una imagen JPEG, PNG, BMP, TIFF ni WebP</translation>
    </message>
    <message>
        <source>this is a %1 file, not a JPEG, PNG, BMP, TIFF or WebP image</source>
        <translation>es un archivo %1, no una imagen JPEG, PNG, BMP, TIFF ni WebP</translation>
    </message>
    <message>
        <source>the %1 header is damaged: it gives no valid image size</source>
        <translation>la cabecera %1 está dañada: no indica un tamaño de imagen válido</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is more than the limit of %3 megapixels</source>
        <translation>%1 × %2 píxeles supera el límite de %3 megapíxeles</translation>
    </message>
    <message>
        <source>the JPEG data is truncated</source>
        <translation>los datos JPEG están truncados</translation>
    </message>
    <message>
        <source>animated WebP: only still images are supported</source>
        <translation>WebP animado: solo se admiten imágenes fijas</translation>
    </message>
    <message>
        <source>%1-bit float TIFF is not supported (32- and 64-bit are)</source>
        <translation>no se admite TIFF de coma flotante de %1 bits (sí de 32 y 64 bits)</translation>
    </message>
    <message>
        <source>the %1 data cannot be decoded: %2</source>
        <translation>los datos %1 no se pueden decodificar: %2</translation>
    </message>
    <message>
        <source>the %1 data is damaged or truncated</source>
        <translation>los datos %1 están dañados o truncados</translation>
    </message>
    <message>
        <source>cannot be resized: %1</source>
        <translation>no se puede redimensionar: %1</translation>
    </message>
    <message>
        <source>cannot encode the thumbnail</source>
        <translation>no se puede codificar la miniatura</translation>
    </message>
    <message>
        <source>cannot make the thumbnail: %1</source>
        <translation>no se puede crear la miniatura: %1</translation>
    </message>
</context>
<context>
    <name>ImageSet</name>
    <message>
        <source>%1 images at %2 px take %3 GB decoded, more than the %4 GB of memory there is for them; choose a smaller image size or fewer images (HONE_IMAGE_MEMORY_MB sets the limit)</source>
        <translation>%1 imágenes a %2 px ocupan %3 GB decodificadas, más que los %4 GB de memoria disponibles para ellas; hay que elegir un tamaño de imagen menor o menos imágenes (HONE_IMAGE_MEMORY_MB fija el límite)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>el archivo ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>cannot be read completely</source>
        <translation>no se puede leer por completo</translation>
    </message>
    <message>
        <source>%1 MB is far larger than any label file; it is not read</source>
        <translation>%1 MB es mucho más que cualquier archivo de etiquetas; no se lee</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>the row has no image path</source>
        <translation>la fila no tiene ruta de imagen</translation>
    </message>
    <message>
        <source>listed in %1 but does not exist</source>
        <translation>aparece en %1 pero no existe</translation>
    </message>
    <message>
        <source>listed in %1 but is not an image file type</source>
        <translation>aparece en %1 pero no es un tipo de archivo de imagen</translation>
    </message>
    <message>
        <source>listed in %1 with the split &apos;%2&apos; (expected train, val, test or nothing)</source>
        <translation>aparece en %1 con la partición «%2» (se esperaba train, val, test o nada)</translation>
    </message>
    <message>
        <source>cannot copy into the project: %1</source>
        <translation>no se puede copiar en el proyecto: %1</translation>
    </message>
    <message>
        <source>cannot move the copy into place</source>
        <translation>no se puede mover la copia a su lugar</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>is not a CSV file</source>
        <translation>no es un archivo CSV</translation>
    </message>
    <message>
        <source>is not an image file type (%1)</source>
        <translation>no es un tipo de archivo de imagen (%1)</translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>no se puede leer la carpeta</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>the file name is not UTF-8, so the project cannot refer to it where it is: rename it, or import with copying</source>
        <translation>el nombre del archivo no está en UTF-8, así que el proyecto no puede hacer referencia a él donde está: cambiarle el nombre o importarlo copiándolo</translation>
    </message>
    <message>
        <source>cannot be referenced from this project&apos;s drive; copy it instead</source>
        <translation>no se puede hacer referencia a él desde la unidad de este proyecto; copiarlo en su lugar</translation>
    </message>
</context>
<context>
    <name>LrFinder</name>
    <message>
        <source>the range test needs 0 &lt; minimum rate &lt; maximum rate and at least 5 steps</source>
        <translation>la prueba de rango necesita 0 &lt; tasa mínima &lt; tasa máxima y al menos 5 pasos</translation>
    </message>
    <message>
        <source>precision %1 on %2: %3</source>
        <translation>precisión %1 en %2: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the range test needs at least two decodable training images</source>
        <translation>la prueba de rango necesita al menos dos imágenes de entrenamiento decodificables</translation>
    </message>
    <message>
        <source>the range test failed: %1</source>
        <translation>la prueba de rango falló: %1</translation>
    </message>
    <message>
        <source>the loss diverged at once: lower the minimum rate</source>
        <translation>la pérdida divergió de inmediato: hay que reducir la tasa mínima</translation>
    </message>
</context>
<context>
    <name>ModelExporter</name>
    <message numerus="yes">
        <source> (%n image(s) with two all but tied classes changed places)</source>
        <translation>
            <numerusform> (%n imagen con dos clases prácticamente empatadas cambió de lugar)</numerusform>
            <numerusform> (%n imágenes con dos clases prácticamente empatadas cambiaron de lugar)</numerusform>
        </translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>verified with %1 on %2 images: top-1 agreement %3 %, max |Δ%4| %5</source>
        <translation>verificado con %1 en %2 imágenes: coincidencia top-1 %3 %, máx. |Δ%4| %5</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>logit</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>the written file does not load in %1: %2</source>
        <translation>el archivo escrito no se carga en %1: %2</translation>
    </message>
    <message>
        <source>no image to verify the export with; use --no-verify to skip the check</source>
        <translation>no hay ninguna imagen con la que verificar la exportación; usar --no-verify para omitir la comprobación</translation>
    </message>
    <message>
        <source>the exported model has %1 outputs instead of %2</source>
        <translation>el modelo exportado tiene %1 salidas en lugar de %2</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>la verificación falló: %1</translation>
    </message>
    <message>
        <source>the exported model predicts differently: %1</source>
        <translation>el modelo exportado predice de otra manera: %1</translation>
    </message>
</context>
<context>
    <name>ModelMetadata</name>
    <message>
        <source>model metadata: temperature %1 is not a positive number</source>
        <translation>metadatos del modelo: la temperatura %1 no es un número positivo</translation>
    </message>
    <message>
        <source>model metadata: fewer than two class names</source>
        <translation>metadatos del modelo: menos de dos nombres de clase</translation>
    </message>
    <message>
        <source>model metadata: input.imageSize %1 is not a usable input size</source>
        <translation>metadatos del modelo: input.imageSize %1 no es un tamaño de entrada utilizable</translation>
    </message>
    <message>
        <source>model metadata: input.mean and input.std need three values</source>
        <translation>metadatos del modelo: input.mean e input.std necesitan tres valores</translation>
    </message>
    <message>
        <source>model metadata: channel order &apos;%1&apos; is not supported</source>
        <translation>metadatos del modelo: no se admite el orden de canales «%1»</translation>
    </message>
    <message>
        <source>model metadata: input.std must be positive</source>
        <translation>metadatos del modelo: input.std debe ser positivo</translation>
    </message>
</context>
<context>
    <name>OnnxClassifier</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an ONNX model</source>
        <translation>%1 no es un modelo ONNX</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot load %1: %2</source>
        <translation>OpenCV DNN no puede cargar %1: %2</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot load %1</source>
        <translation>OpenCV DNN no puede cargar %1</translation>
    </message>
    <message>
        <source>the ONNX model returned an output of unexpected shape</source>
        <translation>el modelo ONNX devolvió una salida de forma inesperada</translation>
    </message>
</context>
<context>
    <name>OnnxExporter</name>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>Modelo ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
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
        <translation>no se puede construir el grafo ONNX: %1</translation>
    </message>
    <message>
        <source>cannot serialise the ONNX model</source>
        <translation>no se puede serializar el modelo ONNX</translation>
    </message>
</context>
<context>
    <name>Predictor</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1 carries no Hone metadata (inside the model or in %1.json beside it)</source>
        <translation>%1 no contiene metadatos de Hone (dentro del modelo ni en %1.json a su lado)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>metadata is not JSON</source>
        <translation>los metadatos no son JSON</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>la imagen está vacía</translation>
    </message>
    <message>
        <source>the model failed: %1</source>
        <translation>el modelo falló: %1</translation>
    </message>
    <message>
        <source>the model has %1 outputs but its metadata names %2 classes</source>
        <translation>el modelo tiene %1 salidas, pero sus metadatos nombran %2 clases</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>schemaVersion: missing or not a number</source>
        <translation>schemaVersion: falta o no es un número</translation>
    </message>
    <message>
        <source>schemaVersion: %1 is newer than this version of Hone understands (%2)</source>
        <translation>schemaVersion: %1 es más reciente de lo que entiende esta versión de Hone (%2)</translation>
    </message>
    <message>
        <source>classes: not an array</source>
        <translation>classes: no es un array</translation>
    </message>
    <message>
        <source>: not an object</source>
        <translation>: no es un objeto</translation>
    </message>
    <message>
        <source>.id: missing or not a number</source>
        <translation>.id: falta o no es un número</translation>
    </message>
    <message>
        <source>.id: %1 is negative or used twice</source>
        <translation>.id: %1 es negativo o está repetido</translation>
    </message>
    <message>
        <source>.name: empty or used twice</source>
        <translation>.name: vacío o repetido</translation>
    </message>
    <message>
        <source>images: not an array</source>
        <translation>images: no es un array</translation>
    </message>
    <message>
        <source>.path: &apos;%1&apos; is not a relative path in normal form</source>
        <translation>.path: «%1» no es una ruta relativa en forma normal</translation>
    </message>
    <message>
        <source>.path: &apos;%1&apos; is listed twice</source>
        <translation>.path: «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>.label: unknown class id %1</source>
        <translation>.label: id de clase desconocido %1</translation>
    </message>
    <message>
        <source>.label: not a class id</source>
        <translation>.label: no es un id de clase</translation>
    </message>
    <message>
        <source>.split: &apos;%1&apos; is not train, val or test</source>
        <translation>.split: «%1» no es train, val ni test</translation>
    </message>
    <message>
        <source>.reviewed: not a list</source>
        <translation>.reviewed: no es una lista</translation>
    </message>
    <message>
        <source>.reviewed: not a list of names</source>
        <translation>.reviewed: no es una lista de nombres</translation>
    </message>
    <message>
        <source>the backup cannot be used either: %1</source>
        <translation>tampoco se puede usar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation>no hay ninguna copia de seguridad %1</translation>
    </message>
    <message>
        <source>cannot move the damaged %1 aside</source>
        <translation>no se puede apartar el archivo dañado %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 MB is far larger than any project file; it is not read</source>
        <translation>%1: %2 MB es mucho más que cualquier archivo de proyecto; no se lee</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: JSON no válido en la posición %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation>%1: el nivel superior no es un objeto JSON</translation>
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
        <translation>época</translation>
    </message>
</context>
<context>
    <name>ReliabilityDiagram</name>
    <message>
        <source>Calibration: evaluate a run to see it.</source>
        <translation>Calibración: hay que evaluar una ejecución para verla.</translation>
    </message>
    <message>
        <source>Calibration on %1 images: ECE %2 % → %3 % (T = %4)</source>
        <translation>Calibración en %1 imágenes: ECE %2 % → %3 % (T = %4)</translation>
    </message>
    <message>
        <source>confidence · share right: grey before, blue after</source>
        <translation>confianza · proporción de aciertos: gris antes, azul después</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>interrupted</source>
        <extracomment>the application ended while the run was training</extracomment>
        <translation>interrumpida</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>no se puede crear la carpeta de la ejecución %1</translation>
    </message>
    <message>
        <source>no run &apos;%1&apos; in this project</source>
        <translation>no hay ninguna ejecución «%1» en este proyecto</translation>
    </message>
    <message>
        <source>this project has no finished training run; train first</source>
        <translation>este proyecto no tiene ninguna ejecución de entrenamiento terminada; primero hay que entrenar</translation>
    </message>
    <message>
        <source>the run is being trained by another process (%1, process %2 on %3)</source>
        <translation>otro proceso está entrenando la ejecución (%1, proceso %2 en %3)</translation>
    </message>
    <message>
        <source>cannot lock the run folder %1</source>
        <translation>no se puede bloquear la carpeta de la ejecución %1</translation>
    </message>
    <message>
        <source>cannot delete %1 completely</source>
        <translation>no se puede eliminar %1 por completo</translation>
    </message>
    <message>
        <source>run %1: run.json gives no valid image size</source>
        <translation>ejecución %1: run.json no indica un tamaño de imagen válido</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>ejecución %1: %2</translation>
    </message>
</context>
<context>
    <name>SplitText</name>
    <message>
        <source>train</source>
        <extracomment>the training split, short (shown on image tiles)</extracomment>
        <translation>entren.</translation>
    </message>
    <message>
        <source>val</source>
        <extracomment>the validation split, short (shown on image tiles)</extracomment>
        <translation>valid.</translation>
    </message>
    <message>
        <source>test</source>
        <extracomment>the test split (noun), short (shown on image tiles)</extracomment>
        <translation>prueba</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>the training split, as named in a sentence (&quot;on the training split&quot;)</extracomment>
        <translation>de entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <extracomment>the validation split, as named in a sentence (&quot;on the validation split&quot;)</extracomment>
        <translation>de validación</translation>
    </message>
    <message>
        <source>test</source>
        <comment>sentence</comment>
        <extracomment>the test split, as named in a sentence (&quot;on the test split&quot;)</extracomment>
        <translation>de prueba</translation>
    </message>
</context>
<context>
    <name>TorchScriptExporter</name>
    <message>
        <source>TorchScript model (*.pt)</source>
        <translation>Modelo TorchScript (*.pt)</translation>
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
        <translation>Calibrado en %1 imágenes de validación: temperatura %2, error de calibración esperado %3 % → %4 %</translation>
    </message>
    <message>
        <source>Not calibrated: %1</source>
        <translation>Sin calibrar: %1</translation>
    </message>
    <message>
        <source>; unknown below %1 % confidence</source>
        <translation>; desconocido por debajo del %1 % de confianza</translation>
    </message>
    <message>
        <source> or farther than %1 from every class</source>
        <translation> o a más de %1 de todas las clases</translation>
    </message>
    <message>
        <source> (keeps %1 % of right validation answers, flags %2 % of wrong ones)</source>
        <translation> (conserva el %1 % de las respuestas de validación correctas, marca el %2 % de las erróneas)</translation>
    </message>
</context>
<context>
    <name>TrainingConfig</name>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>red troncal desconocida «%1»</translation>
    </message>
    <message>
        <source>the weights %1 are for another architecture than %2; choose weights for %2</source>
        <translation>los pesos %1 son de una arquitectura distinta de %2; hay que elegir pesos para %2</translation>
    </message>
    <message>
        <source>freeze depth must be between 0 and %1 for %2</source>
        <translation>la profundidad de congelación debe estar entre 0 y %1 para %2</translation>
    </message>
    <message>
        <source>recipe must be one of %1</source>
        <translation>la receta debe ser una de %1</translation>
    </message>
    <message>
        <source>head-only epochs must be fewer than the epochs (0 = a fifth of them)</source>
        <translation>las épocas de solo cabeza deben ser menos que las épocas (0 = una quinta parte)</translation>
    </message>
    <message>
        <source>the per-stage learning-rate factor must be above 0 and at most 1</source>
        <translation>el factor de tasa de aprendizaje por etapa debe ser mayor que 0 y como máximo 1</translation>
    </message>
    <message>
        <source>epochs must be between 1 and 10000</source>
        <translation>las épocas deben estar entre 1 y 10000</translation>
    </message>
    <message>
        <source>batch size must be 0 (automatic) or between 2 and 4096 (BatchNorm needs two images per batch)</source>
        <translation>el tamaño de lote debe ser 0 (automático) o estar entre 2 y 4096 (BatchNorm necesita dos imágenes por lote)</translation>
    </message>
    <message>
        <source>learning rate must be positive and at most 10</source>
        <translation>la tasa de aprendizaje debe ser positiva y como máximo 10</translation>
    </message>
    <message>
        <source>schedule must be one of %1</source>
        <translation>la planificación debe ser una de %1</translation>
    </message>
    <message>
        <source>warm-up must be between 0 and the number of epochs</source>
        <translation>el calentamiento debe estar entre 0 y el número de épocas</translation>
    </message>
    <message>
        <source>optimizer must be sgd or adamw</source>
        <translation>el optimizador debe ser sgd o adamw</translation>
    </message>
    <message>
        <source>label smoothing must be at least 0 and below 1</source>
        <translation>el suavizado de etiquetas debe ser al menos 0 e inferior a 1</translation>
    </message>
    <message>
        <source>gradient clipping must be 0 (off) or a positive norm</source>
        <translation>el recorte de gradiente debe ser 0 (desactivado) o una norma positiva</translation>
    </message>
    <message>
        <source>class weights must be none or balanced</source>
        <translation>los pesos de clase deben ser none o balanced</translation>
    </message>
    <message>
        <source>cached views must be between 2 and %1</source>
        <translation>las vistas en caché deben estar entre 2 y %1</translation>
    </message>
    <message>
        <source>early-stopping patience must be 0 (off) or more epochs</source>
        <translation>la paciencia de la parada temprana debe ser 0 (desactivada) o más épocas</translation>
    </message>
    <message>
        <source>the early-stopping metric must be val_accuracy or val_loss</source>
        <translation>la métrica de la parada temprana debe ser val_accuracy o val_loss</translation>
    </message>
    <message>
        <source>precision must be auto, fp32, fp16 or bf16</source>
        <translation>la precisión debe ser auto, fp32, fp16 o bf16</translation>
    </message>
    <message>
        <source>channels-last must be auto, on or off</source>
        <translation>channels-last debe ser auto, on u off</translation>
    </message>
    <message>
        <source>image size must be between 32 and 1024 pixels</source>
        <translation>el tamaño de imagen debe estar entre 32 y 1024 píxeles</translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message numerus="yes">
        <source>training needs labeled training images in at least two classes (this project has %n class(es) with training images)</source>
        <translation>
            <numerusform>el entrenamiento necesita imágenes de entrenamiento etiquetadas en al menos dos clases (este proyecto tiene %n clase con imágenes de entrenamiento)</numerusform>
            <numerusform>el entrenamiento necesita imágenes de entrenamiento etiquetadas en al menos dos clases (este proyecto tiene %n clases con imágenes de entrenamiento)</numerusform>
        </translation>
    </message>
    <message>
        <source>training needs validation images: split the dataset first</source>
        <translation>el entrenamiento necesita imágenes de validación: primero hay que dividir el conjunto de datos</translation>
    </message>
</context>
<context>
    <name>TrainingReport</name>
    <message>
        <source>Calibration and unknown</source>
        <translation>Calibración y desconocido</translation>
    </message>
    <message>
        <source>This run has no calibration (it was trained by an earlier version of Hone).</source>
        <translation>Esta ejecución no tiene calibración (la entrenó una versión anterior de Hone).</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>1 (not fitted: %1)</source>
        <translation>1 (sin ajustar: %1)</translation>
    </message>
    <message>
        <source>Expected calibration error, validation (10 bins)</source>
        <translation>Error de calibración esperado, validación (10 intervalos)</translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation>%1 antes, %2 después</translation>
    </message>
    <message>
        <source>Negative log-likelihood, validation</source>
        <translation>Log-verosimilitud negativa, validación</translation>
    </message>
    <message>
        <source>Unknown below a calibrated confidence of</source>
        <translation>Desconocido por debajo de una confianza calibrada de</translation>
    </message>
    <message>
        <source>Unknown farther from every class centre than</source>
        <translation>Desconocido si está más lejos de todos los centros de clase que</translation>
    </message>
    <message>
        <source>On validation</source>
        <translation>En validación</translation>
    </message>
    <message>
        <source>keeps %1 of the right answers (target %2), flags %3 of the wrong ones</source>
        <translation>conserva el %1 de las respuestas correctas (objetivo: %2), marca el %3 de las erróneas</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>reliability diagram of the evaluated split</source>
        <translation>diagrama de fiabilidad de la partición evaluada</translation>
    </message>
    <message>
        <source>Training report: %1, run %2</source>
        <translation>Informe de entrenamiento: %1, ejecución %2</translation>
    </message>
    <message>
        <source>Written by Hone %1 on %2 from %3.</source>
        <translation>Escrito por Hone %1 el %2 a partir de %3.</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Estado de la ejecución</translation>
    </message>
    <message>
        <source>Best epoch (validation accuracy)</source>
        <translation>Mejor época (exactitud de validación)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluado en</translation>
    </message>
    <message numerus="yes">
        <source>the %1 split, %n image(s)</source>
        <translation>
            <numerusform>la partición %1, %n imagen</numerusform>
            <numerusform>la partición %1, %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>%1 (95 % confidence interval %2 – %3)</source>
        <translation>%1 (intervalo de confianza del 95 % %2 – %3)</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <source>Top-%1 accuracy</source>
        <translation>Exactitud top-%1</translation>
    </message>
    <message>
        <source>Images skipped</source>
        <translation>Imágenes omitidas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Curvas</translation>
    </message>
    <message>
        <source>loss and accuracy curves</source>
        <translation>curvas de pérdida y exactitud</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>matriz de confusión</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Por clase</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Most confused pairs</source>
        <translation>Pares más confundidos</translation>
    </message>
    <message>
        <source>No image was confused.</source>
        <translation>No se confundió ninguna imagen.</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Clase real</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>Predicha como</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Share of the class</source>
        <translation>Proporción de la clase</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>Errores con mayor confianza</translation>
    </message>
    <message>
        <source>No image was misclassified.</source>
        <translation>No se clasificó mal ninguna imagen.</translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>Salud de los datos</translation>
    </message>
    <message>
        <source>A data-doctor scan of all %1 images with %2 embeddings, %3-fold cross-validation (hone-cli doctor for the full list; fix them in the Doctor workspace).</source>
        <translation>Un análisis del doctor de datos de las %1 imágenes con incrustaciones de %2 y validación cruzada de %3 pliegues (hone-cli doctor para la lista completa; se corrigen en el espacio de trabajo Doctor).</translation>
    </message>
    <message>
        <source>Likely label errors</source>
        <translation>Errores de etiqueta probables</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>Grupos de duplicados</translation>
    </message>
    <message>
        <source>… of which across splits (leakage)</source>
        <translation>… de ellos entre particiones (fuga)</translation>
    </message>
    <message>
        <source>Images with quality problems</source>
        <translation>Imágenes con problemas de calidad</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Atípicos</translation>
    </message>
    <message>
        <source>Small classes</source>
        <translation>Clases pequeñas</translation>
    </message>
    <message>
        <source>Unreadable images</source>
        <translation>Imágenes ilegibles</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>The same picture in training and validation or test makes the measured accuracy too high.</source>
        <translation>La misma imagen en entrenamiento y en validación o prueba hace que la exactitud medida sea demasiado alta.</translation>
    </message>
    <message>
        <source>Likeliest label errors</source>
        <translation>Errores de etiqueta más probables</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Parece</translation>
    </message>
    <message>
        <source>Label quality</source>
        <translation>Calidad de las etiquetas</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>near</source>
        <translation>similar</translation>
    </message>
    <message>
        <source>Duplicates across splits</source>
        <translation>Duplicados entre particiones</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Small class %1 (%2 images): %3</source>
        <translation>Clase pequeña %1 (%2 imágenes): %3</translation>
    </message>
    <message>
        <source>%1 split, %2 correct</source>
        <translation>Partición %1, %2 correctas</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Training report, run %1</source>
        <translation>Informe de entrenamiento, ejecución %1</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>noun: the class an image is labelled with</comment>
        <translation>Etiqueta</translation>
    </message>
</context>
<context>
    <name>TrunkCache</name>
    <message>
        <source>Feature cache off: the frozen stages&apos; output would take %1 GB of memory</source>
        <translation>Caché de características desactivada: la salida de las etapas congeladas ocuparía %1 GB de memoria</translation>
    </message>
    <message>
        <source>Feature cache: the output of %1 for %2 images × %3 view(s)…</source>
        <translation>Caché de características: la salida de %1 para %2 imágenes × %3 vista(s)…</translation>
    </message>
    <message>
        <source>Feature cache: %1 older set(s) removed (%2 MB) to stay within %3 MB</source>
        <translation>Caché de características: se eliminaron %1 conjunto(s) antiguo(s) (%2 MB) para no superar %3 MB</translation>
    </message>
    <message>
        <source>Feature cache: %1 reused, %2 computed in %3 s (%4 floats per image)</source>
        <translation>Caché de características: %1 reutilizadas, %2 calculadas en %3 s (%4 floats por imagen)</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <source>Accept %n suggested label(s)</source>
        <translation>
            <numerusform>aceptar %n etiqueta sugerida</numerusform>
            <numerusform>aceptar %n etiquetas sugeridas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add class %1</source>
        <translation>añadir la clase %1</translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation>añadir %1 como %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>importar %n imagen</numerusform>
            <numerusform>importar %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n image(s) as %1</source>
        <translation>
            <numerusform>etiquetar %n imagen como %1</numerusform>
            <numerusform>etiquetar %n imágenes como %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the label of %n image(s)</source>
        <translation>
            <numerusform>quitar la etiqueta de %n imagen</numerusform>
            <numerusform>quitar la etiqueta de %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class %1 to %2</source>
        <translation>cambiar el nombre de la clase %1 a %2</translation>
    </message>
    <message>
        <source>Recolour class %1</source>
        <translation>cambiar el color de la clase %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n image(s) as checked</source>
        <translation>
            <numerusform>marcar %n imagen como revisada</numerusform>
            <numerusform>marcar %n imágenes como revisadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n image(s)</source>
        <translation>
            <numerusform>desmarcar %n imagen</numerusform>
            <numerusform>desmarcar %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge class %1 into %2</source>
        <translation>fusionar la clase %1 en %2</translation>
    </message>
    <message>
        <source>Delete class %1</source>
        <translation>eliminar la clase %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>quitar %n imagen</numerusform>
            <numerusform>quitar %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n image(s)</source>
        <translation>
            <numerusform>dividir %n imagen</numerusform>
            <numerusform>dividir %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>The class does not exist in this project.</source>
        <translation>La clase no existe en este proyecto.</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>La imagen está vacía.</translation>
    </message>
    <message>
        <source>This image is in the dataset already, as %1.</source>
        <translation>Esta imagen ya está en el conjunto de datos, como %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>another file has taken its place</source>
        <translation>otro archivo ha ocupado su lugar</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message numerus="yes">
        <source>CUDA: available (%n device(s))</source>
        <translation>
            <numerusform>CUDA: disponible (%n dispositivo)</numerusform>
            <numerusform>CUDA: disponible (%n dispositivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: not available</source>
        <translation>CUDA: no disponible</translation>
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
        <translation>Se produjo un error inesperado y se interrumpió la operación:
%1

El proyecto está guardado.</translation>
    </message>
    <message>
        <source>Transfer learning workbench</source>
        <translation>Banco de trabajo de aprendizaje por transferencia</translation>
    </message>
    <message>
        <source>Project folder to open.</source>
        <translation>Carpeta del proyecto que abrir.</translation>
    </message>
    <message>
        <source>User interface language for this run: en, de, fr, es, zh_CN or ja (default: the Preferences choice, else the system&apos;s).</source>
        <translation>Idioma de la interfaz para esta sesión: en, de, fr, es, zh_CN o ja (predeterminado: el elegido en Preferencias o, si no, el del sistema).</translation>
    </message>
</context>
</TS>
