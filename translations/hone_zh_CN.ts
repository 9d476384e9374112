<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccuracyText</name>
    <message>
        <source>%1 % (95 % CI %2–%3 %, n = %4)</source>
        <translation>%1 %（95 % 置信区间 %2–%3 %，n = %4）</translation>
    </message>
    <message>
        <source>On %1 validation images, differences under ±%2 points are noise.</source>
        <translation>在 %1 张验证图像上，小于 ±%2 个百分点的差异只是噪声。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AutoRecipe</name>
    <message>
        <source>the head alone on frozen features</source>
        <translation>仅在冻结特征上训练分类头</translation>
    </message>
    <message>
        <source>the head first, then fine-tuning</source>
        <translation>先训练分类头，再微调</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>全部层微调</translation>
    </message>
    <message>
        <source>fine-tuning from stage %1 on</source>
        <translation>从第 %1 阶段起微调</translation>
    </message>
    <message>
        <source>no augmentation</source>
        <translation>无数据增强</translation>
    </message>
    <message>
        <source>flips</source>
        <translation>翻转</translation>
    </message>
    <message>
        <source>crops</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>rotations</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>colour changes</source>
        <translation>颜色变化</translation>
    </message>
    <message>
        <source>TrivialAugment</source>
        <translation>TrivialAugment</translation>
    </message>
    <message>
        <source>Auto chose: %1</source>
        <translation>Auto 的选择：%1</translation>
    </message>
    <message>
        <source>There are no pretrained weights, so every layer learns from your images.</source>
        <translation>没有预训练权重，因此每一层都从您的图像中学习。</translation>
    </message>
    <message>
        <source>%1 epochs of %2 steps (batches of %3) give about %4 steps, enough for %5 training images to settle.</source>
        <translation>%1 个轮次、每轮 %2 步（批大小 %3），共约 %4 步，足以让 %5 张训练图像收敛。</translation>
    </message>
    <message>
        <source>Random weights train at %1 px: small inputs learn as much from a few images and several times faster.</source>
        <translation>随机权重以 %1 px 训练：小尺寸输入从少量图像中学到的同样多，而且快好几倍。</translation>
    </message>
    <message>
        <source>%1 px is the size the weights were trained at.</source>
        <translation>%1 px 是这些权重训练时的尺寸。</translation>
    </message>
    <message>
        <source>%1 at %2 for %3 epochs, %4 px, %5</source>
        <translation>%1，学习率 %2，%3 个轮次，%4 px，%5</translation>
    </message>
    <message>
        <source>The first %1 stages of the pretrained weights stay as they are and the rest learns from your images: on few images per class this beat training every layer and training the head alone.</source>
        <translation>预训练权重的前 %1 个阶段保持不变，其余部分从您的图像中学习：在每类图像很少时，这比训练所有层或只训练分类头都好。</translation>
    </message>
</context>
<context>
    <name>BackboneCatalog</name>
    <message>
        <source>the bundled weights %1 are missing from this build</source>
        <translation>此构建中缺少自带的权重 %1</translation>
    </message>
    <message>
        <source>the bundled weights %1 do not match their recorded SHA-256</source>
        <translation>自带的权重 %1 与其记录的 SHA-256 不符</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>未知的骨干网络 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Hone ships no pretrained %1; use --weights imagenet, a weight file, or --backbone %2</source>
        <translation>Hone 不提供预训练的 %1；请使用 --weights imagenet、权重文件或 --backbone %2</translation>
    </message>
    <message>
        <source>%1 are not weights of %2 (hone-cli backbones lists them)</source>
        <translation>%1 不是 %2 的权重（hone-cli backbones 会列出它们）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a weight file nor weights of %2 (%3)</source>
        <translation>&apos;%1&apos; 既不是权重文件，也不是 %2 的权重（%3）</translation>
    </message>
    <message>
        <source>the weight file %1 does not exist</source>
        <translation>权重文件 %1 不存在</translation>
    </message>
    <message>
        <source>no weights %1 in this version of Hone</source>
        <translation>此版本的 Hone 中没有权重 %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not downloaded yet: hone-cli backbones --download %3 %4, or pick it in the Train view</source>
        <translation>%1（%2）尚未下载：hone-cli backbones --download %3 %4，或在训练视图中选择它</translation>
    </message>
    <message>
        <source>A sturdy all-rounder and a good first choice.</source>
        <translation>稳健的全能型网络，适合作为首选。</translation>
    </message>
    <message>
        <source>A deeper ResNet-18: a little more accurate, twice as slow.</source>
        <translation>更深的 ResNet-18：略微更准，但慢一倍。</translation>
    </message>
    <message>
        <source>The accurate classic; slow without a GPU.</source>
        <translation>准确的经典网络；没有 GPU 时较慢。</translation>
    </message>
    <message>
        <source>Small and fast; fine on a laptop.</source>
        <translation>小而快；在笔记本电脑上也够用。</translation>
    </message>
    <message>
        <source>The fastest on a laptop; Hone ships it pretrained.</source>
        <translation>笔记本电脑上最快；Hone 自带其预训练权重。</translation>
    </message>
    <message>
        <source>Fast with good accuracy: a fine trade-off without a GPU.</source>
        <translation>快且较准：没有 GPU 时的良好折中。</translation>
    </message>
    <message>
        <source>Accurate for its small size; slower to train than its size suggests.</source>
        <translation>以其小巧体积而言很准；训练比其体积看上去要慢。</translation>
    </message>
    <message>
        <source>The best accuracy here; slow without a GPU.</source>
        <translation>这里准确率最高；没有 GPU 时较慢。</translation>
    </message>
    <message>
        <source>Modern and quick: more accurate than ResNet-34 at a quarter of its cost.</source>
        <translation>新颖而快速：比 ResNet-34 更准，计算量只有其四分之一。</translation>
    </message>
    <message>
        <source>More accurate than ResNet-50 at less than half its cost.</source>
        <translation>比 ResNet-50 更准，计算量不到其一半。</translation>
    </message>
</context>
<context>
    <name>BackboneExport</name>
    <message>
        <source>run %1 has not finished; only a finished run can become a backbone</source>
        <translation>运行 %1 尚未完成；只有已完成的运行才能成为骨干网络</translation>
    </message>
    <message>
        <source>cannot read back %1</source>
        <translation>无法读回 %1</translation>
    </message>
</context>
<context>
    <name>BundledWeights</name>
    <message>
        <source>Fashion-MNIST, 6 clothing classes (pretrained by Hone)</source>
        <translation>Fashion-MNIST，6 个服装类别（由 Hone 预训练）</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>%1 validation images are too few to fit a temperature (at least %2)</source>
        <translation>%1 张验证图像太少，无法拟合温度（至少需要 %2 张）</translation>
    </message>
    <message>
        <source>every validation image is predicted right, so no temperature can be fitted</source>
        <translation>所有验证图像都预测正确，因此无法拟合温度</translation>
    </message>
    <message>
        <source>no validation image is predicted right, so no temperature can be fitted</source>
        <translation>没有预测正确的验证图像，因此无法拟合温度</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>缺少参数</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N.</source>
        <translation>auto、cpu、cuda 或 cuda:N。</translation>
    </message>
    <message>
        <source>
Run &apos;hone-cli recover %1&apos; to restore it.</source>
        <translation>
运行 &apos;hone-cli recover %1&apos; 以恢复它。</translation>
    </message>
    <message>
        <source>Note: %1 is read-only; changes cannot be saved.</source>
        <translation>注意：%1 是只读的；无法保存更改。</translation>
    </message>
    <message numerus="yes">
        <source>Restored the last good version: %n image(s).</source>
        <translation>
            <numerusform>已恢复上一个完好版本：%n 张图像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty project.</source>
        <translation>创建一个空项目。</translation>
    </message>
    <message>
        <source>Import image files and folders (folders per class, flat, or CSV).</source>
        <translation>导入图像文件和文件夹（每个类别一个文件夹、平铺或 CSV）。</translation>
    </message>
    <message>
        <source>Classes, counts and splits.</source>
        <translation>类别、数量和子集。</translation>
    </message>
    <message>
        <source>Label one image.</source>
        <translation>标注一张图像。</translation>
    </message>
    <message>
        <source>Restore the last good project file.</source>
        <translation>恢复上一个完好的项目文件。</translation>
    </message>
    <message>
        <source>Split the labelled images into train, validation and test.</source>
        <translation>将已标注图像划分为训练集、验证集和测试集。</translation>
    </message>
    <message>
        <source>The backbone zoo: architectures, freeze stages and weights; downloads weights.</source>
        <translation>骨干网络模型库：架构、冻结阶段和权重；下载权重。</translation>
    </message>
    <message>
        <source>Train a classifier; the run is kept in the project.</source>
        <translation>训练分类器；运行保存在项目中。</translation>
    </message>
    <message>
        <source>Find a learning rate with a range test.</source>
        <translation>用范围测试寻找学习率。</translation>
    </message>
    <message>
        <source>Accuracy, per-class metrics and the confusion matrix of a run.</source>
        <translation>运行的准确率、各类别指标和混淆矩阵。</translation>
    </message>
    <message>
        <source>A run&apos;s report as HTML or PDF (FILE.html, FILE.pdf).</source>
        <translation>运行的 HTML 或 PDF 报告（FILE.html、FILE.pdf）。</translation>
    </message>
    <message>
        <source>Export a run as TorchScript or ONNX, with FILE.json and the model card FILE.md.</source>
        <translation>将运行导出为 TorchScript 或 ONNX，附带 FILE.json 和模型卡 FILE.md。</translation>
    </message>
    <message>
        <source>Save a run&apos;s trunk as a backbone (.safetensors).</source>
        <translation>将运行的主干网络保存为骨干网络（.safetensors）。</translation>
    </message>
    <message>
        <source>Pretrain a backbone (.safetensors) with a reproducible manifest.</source>
        <translation>预训练骨干网络（.safetensors），附带可复现的清单。</translation>
    </message>
    <message>
        <source>Label issues, duplicates, leakage and bad images.</source>
        <translation>标签问题、重复、泄漏和有问题的图像。</translation>
    </message>
    <message>
        <source>What to label next, with suggested classes.</source>
        <translation>接下来标注什么，附带建议类别。</translation>
    </message>
    <message>
        <source>The dataset in two dimensions (FILE.csv or FILE.png).</source>
        <translation>二维的数据集分布图（FILE.csv 或 FILE.png）。</translation>
    </message>
    <message>
        <source>Embeddings of images as JSON.</source>
        <translation>以 JSON 输出图像的嵌入。</translation>
    </message>
    <message>
        <source>Classify images or folders with an exported model (.pt or .onnx); reports unknowns.</source>
        <translation>使用导出的模型（.pt 或 .onnx）对图像或文件夹分类；报告未知图像。</translation>
    </message>
    <message>
        <source>Write the labelled images as class folders or a CSV file.</source>
        <translation>将已标注图像写出为类别文件夹或 CSV 文件。</translation>
    </message>
    <message>
        <source>Create a Fashion-MNIST demo project.</source>
        <translation>创建 Fashion-MNIST 演示项目。</translation>
    </message>
    <message>
        <source>Hone&apos;s version and those of Qt, LibTorch and OpenCV; whether CUDA is available.</source>
        <translation>Hone 的版本以及 Qt、LibTorch 和 OpenCV 的版本；CUDA 是否可用。</translation>
    </message>
    <message>
        <source>Print Hone&apos;s version, the versions of Qt, LibTorch and OpenCV, and whether CUDA is available.</source>
        <translation>输出 Hone 的版本、Qt、LibTorch 和 OpenCV 的版本，以及 CUDA 是否可用。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file holds a NUL byte at offset %1: it is not a text file in UTF-8, Latin-1 or UTF-16</source>
        <translation>文件在偏移 %1 处含有 NUL 字节：它不是 UTF-8、Latin-1 或 UTF-16 编码的文本文件</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>文件不是有效的 UTF-16 文本</translation>
    </message>
    <message>
        <source>the file holds a NUL character: it is not a text file</source>
        <translation>文件含有 NUL 字符：它不是文本文件</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>第 %1 行：带引号的字段未闭合</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>%1 is not empty; choose a new folder</source>
        <translation>%1 不是空的；请选择一个新文件夹</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
    <message>
        <source>no output path</source>
        <translation>没有输出路径</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>cannot open %1; install the dataset-fashion-mnist package</source>
        <translation>无法打开 %1；请安装 dataset-fashion-mnist 软件包</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 已损坏</translation>
    </message>
    <message>
        <source>the Fashion-MNIST files are not in IDX format</source>
        <translation>Fashion-MNIST 文件不是 IDX 格式</translation>
    </message>
    <message>
        <source>the Fashion-MNIST files are truncated</source>
        <translation>Fashion-MNIST 文件不完整</translation>
    </message>
    <message>
        <source>Fashion-MNIST has no class %1 (0 to 9)</source>
        <translation>Fashion-MNIST 没有类别 %1（0 到 9）</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>the %1 split has no labeled image of the run&apos;s classes</source>
        <translation>%1 子集中没有属于该运行类别的已标注图像</translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>an unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>an unknown error in a background task</source>
        <translation>后台任务中的未知错误</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>image processing failed: %1</source>
        <translation>图像处理失败：%1</translation>
    </message>
    <message>
        <source>an unexpected error (%1)</source>
        <translation>意外错误（%1）</translation>
    </message>
</context>
<context>
    <name>GradCam</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>class %1 is not one of the model&apos;s %2 classes</source>
        <translation>类别 %1 不是模型的 %2 个类别之一</translation>
    </message>
    <message>
        <source>Grad-CAM failed: %1</source>
        <translation>Grad-CAM 失败：%1</translation>
    </message>
</context>
<context>
    <name>Hone</name>
    <message>
        <source>Trained from a random initialisation: no third-party weights.</source>
        <translation>从随机初始化开始训练：不含第三方权重。</translation>
    </message>
    <message>
        <source>Started from Hone&apos;s bundled %1 weights (%2), pretrained by `hone-cli pretrain` on %3. Fashion-MNIST is published under the MIT licence; the weights ship with Hone.</source>
        <translation>从 Hone 自带的 %1 权重（%2）开始，该权重由 `hone-cli pretrain` 在 %3 上预训练。Fashion-MNIST 以 MIT 许可证发布；这些权重随 Hone 一起提供。</translation>
    </message>
    <message>
        <source>Started from torchvision&apos;s %1 weights (%2, %3 top-1 on %4), downloaded from %5. torchvision&apos;s code and weights are published under the BSD-3-Clause licence; the weights were trained on %4, whose terms of access (non-commercial research and education) may bind how a derived model can be used.</source>
        <translation>从 torchvision 的 %1 权重（%2，在 %4 上 top-1 为 %3）开始，下载自 %5。torchvision 的代码和权重以 BSD-3-Clause 许可证发布；这些权重在 %4 上训练，其访问条款（非商业研究和教育用途）可能限制派生模型的使用方式。</translation>
    </message>
    <message>
        <source>Started from the zoo weights %1, which this version of Hone does not know.</source>
        <translation>从模型库权重 %1 开始，此版本的 Hone 不认识该权重。</translation>
    </message>
    <message>
        <source>Started from the weight file %1. Its licence is whatever its source says: check it before sharing this model.</source>
        <translation>从权重文件 %1 开始。其许可证以来源的说明为准：分享此模型前请先核实。</translation>
    </message>
    <message>
        <source>Model card: %1</source>
        <translation>模型卡：%1</translation>
    </message>
    <message>
        <source>Exported by Hone %1 from run %2 of %3, a %4 classifier of %5 classes.</source>
        <translation>由 Hone %1 从 %3 的运行 %2 导出，是一个 %5 个类别的 %4 分类器。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Input and preprocessing</source>
        <translation>输入与预处理</translation>
    </message>
    <message>
        <source>Input: float32, NCHW, shape [N, 3, %1, %1], RGB channel order.</source>
        <translation>输入：float32，NCHW，形状 [N, 3, %1, %1]，RGB 通道顺序。</translation>
    </message>
    <message>
        <source>Resizing (the caller&apos;s job): %1.</source>
        <translation>缩放（由调用方负责）：%1。</translation>
    </message>
    <message>
        <source>Pixel values: 0–255 as they are. The graph normalises them itself: (x / 255 − mean) / std with mean %1 and std %2.</source>
        <translation>像素值：保持 0–255 原样。计算图自行归一化：(x / 255 − mean) / std，其中 mean 为 %1，std 为 %2。</translation>
    </message>
    <message>
        <source>Pixel values: scale to 0–1 (divide by 255), then (x − mean) / std with mean %1 and std %2.</source>
        <translation>像素值：缩放到 0–1（除以 255），然后 (x − mean) / std，其中 mean 为 %1，std 为 %2。</translation>
    </message>
    <message>
        <source>Output: probabilities (softmax in the graph), [N, %1].</source>
        <translation>输出：概率（计算图中含 softmax），[N, %1]。</translation>
    </message>
    <message>
        <source>Output: logits, [N, %1]; apply a softmax for probabilities.</source>
        <translation>输出：logits，[N, %1]；需应用 softmax 得到概率。</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>%1 on %2 validation images (95 % confidence interval %3 – %4, Wilson), the weights of epoch %5 of %6.</source>
        <translation>在 %2 张验证图像上为 %1（95 % 置信区间 %3 – %4，Wilson），使用 %6 轮中第 %5 轮的权重。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>验证图像</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>With %1 validation images, differences under about ±%2 points are noise.</source>
        <translation>验证图像为 %1 张时，小于约 ±%2 个百分点的差异属于噪声。</translation>
    </message>
    <message>
        <source>The run has no validation result.</source>
        <translation>该运行没有验证结果。</translation>
    </message>
    <message>
        <source>Calibration and &quot;unknown&quot;</source>
        <translation>校准与“未知”</translation>
    </message>
    <message>
        <source>The run was not calibrated (it was trained by an earlier version of Hone): confidences are the softmax as it is, and no threshold is set.</source>
        <translation>该运行未经校准（由较早版本的 Hone 训练）：置信度即原始 softmax，且未设置阈值。</translation>
    </message>
    <message>
        <source>Temperature %1 (calibrated probabilities are softmax(logits / %1)), fitted on %2 validation images.</source>
        <translation>温度 %1（校准后的概率为 softmax(logits / %1)），在 %2 张验证图像上拟合。</translation>
    </message>
    <message>
        <source>Not fitted: %1.</source>
        <translation>未拟合：%1。</translation>
    </message>
    <message>
        <source>Expected calibration error (10 bins): %1 before, %2 after.</source>
        <translation>期望校准误差（10 个分箱）：校准前 %1，校准后 %2。</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; when the calibrated confidence is below %1, or when the image&apos;s pooled features (the &quot;embedding&quot; output) are farther than %2 from every class centre (1 − cosine similarity; the centres are in the metadata&apos;s calibration.novelty).</source>
        <translation>当校准后的置信度低于 %1，或图像的池化特征（“embedding”输出）与每个类别中心的距离都大于 %2 时（1 − 余弦相似度；类别中心位于元数据的 calibration.novelty 中），判为“未知”。</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; when the calibrated confidence is below %1.</source>
        <translation>当校准后的置信度低于 %1 时，判为“未知”。</translation>
    </message>
    <message>
        <source>On validation this keeps %1 of the correct predictions (target %2) and flags %3 of the wrong ones.</source>
        <translation>在验证集上，这会保留 %1 的正确预测（目标 %2），并标记 %3 的错误预测。</translation>
    </message>
    <message>
        <source>Both checks only know the classes above. Things the model never saw but that look like one of its classes still pass; when such images are common where the model is used, add a &quot;background&quot; class with examples of them.</source>
        <translation>两项检查都只认识上述类别。模型从未见过、但看起来像其某个类别的东西仍会通过；如果在模型的使用场景中这类图像很常见，请添加一个“background”类别并提供这类示例。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>%1 training and %2 validation images; dataset hash %3.</source>
        <translation>%1 张训练图像和 %2 张验证图像；数据集哈希 %3。</translation>
    </message>
    <message>
        <source>Recipe %1, freeze depth %2, %3 epochs at learning rate %4, image size %5, seed %6, on %7.</source>
        <translation>方案 %1，冻结深度 %2，%3 轮，学习率 %4，图像尺寸 %5，随机种子 %6，在 %7 上。</translation>
    </message>
    <message>
        <source>Started %1, ended %2.</source>
        <translation>开始于 %1，结束于 %2。</translation>
    </message>
    <message>
        <source>Backbone and licence</source>
        <translation>骨干网络与许可证</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>The export was not verified (--no-verify).</source>
        <translation>导出未经验证（--no-verify）。</translation>
    </message>
    <message>
        <source>%1 is not a bookmark list (%2); left as it is</source>
        <translation>%1 不是书签列表（%2）；保持原样</translation>
    </message>
</context>
<context>
    <name>Hone::BackbonePicker</name>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Import a weight file (.pth, .safetensors) — torchvision&apos;s, timm&apos;s or a Hone backbone</source>
        <translation>导入权重文件（.pth、.safetensors）—— torchvision、timm 或 Hone 的骨干网络</translation>
    </message>
    <message>
        <source>How many stages of the backbone stay frozen: left trains everything, right trains only the new head</source>
        <translation>骨干网络中保持冻结的阶段数：最左训练全部，最右只训练新的分类头</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>None (random initialisation)</source>
        <translation>无（随机初始化）</translation>
    </message>
    <message>
        <source> — %1 % top-1</source>
        <translation> — top-1 %1 %</translation>
    </message>
    <message>
        <source> — bundled</source>
        <translation> — 自带</translation>
    </message>
    <message>
        <source> — not downloaded</source>
        <translation> — 未下载</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>%1, %2 parameters before the new classifier layer, %3 px input</source>
        <translation>%1，新分类层之前有 %2 参数，输入 %3 px</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Every weight starts random: expect to need many more images and epochs.</source>
        <translation>所有权重都从随机开始：预计需要多得多的图像和轮数。</translation>
    </message>
    <message>
        <source>Not on this computer yet: %1, from %2</source>
        <translation>尚未在此计算机上：%1，来自 %2</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>就绪：%1</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>正在读取 %1 …</translation>
    </message>
    <message>
        <source>Cannot use this file: %1</source>
        <translation>无法使用此文件：%1</translation>
    </message>
    <message>
        <source>Load report: %1</source>
        <translation>加载报告：%1</translation>
    </message>
    <message>
        <source>Nothing frozen: every stage trains.</source>
        <translation>未冻结：所有阶段都参与训练。</translation>
    </message>
    <message>
        <source>Frozen: the whole backbone (%1 … %2); only the head trains.</source>
        <translation>冻结：整个骨干网络（%1 … %2）；只训练分类头。</translation>
    </message>
    <message>
        <source>Frozen: %1; training: %2 and the head.</source>
        <translation>冻结：%1；训练：%2 和分类头。</translation>
    </message>
    <message>
        <source>%1 %2 of %3 parameters train (%4 %).</source>
        <translation>%1 共 %3 参数，其中 %2 参与训练（%4 %）。</translation>
    </message>
    <message>
        <source>Import Weights</source>
        <translation>导入权重</translation>
    </message>
    <message>
        <source>Weight files (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>权重文件 (*.pth *.pt *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <source>; ImageNet top-1 %1 %</source>
        <translation>；ImageNet top-1 %1 %</translation>
    </message>
    <message>
        <source>Training takes %1 ms per image on this computer&apos;s CPU at %2 px.</source>
        <translation>在本机 CPU 上以 %2 px 训练每张图像需 %1 毫秒。</translation>
    </message>
    <message>
        <source>Measuring its speed on this computer…</source>
        <translation>正在测量它在本机上的速度…</translation>
    </message>
</context>
<context>
    <name>Hone::CameraFeed</name>
    <message>
        <source>The camera is no longer connected.</source>
        <translation>摄像头已断开连接。</translation>
    </message>
    <message>
        <source>This build of Hone has no camera support.</source>
        <translation>此版本的 Hone 不支持摄像头。</translation>
    </message>
</context>
<context>
    <name>Hone::ClassPanel</name>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;类别&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press 1–9 to label the selection, 0 to clear.</source>
        <translation>按 1–9 标注所选图像，按 0 清除。</translation>
    </message>
    <message>
        <source>Add Class…</source>
        <translation>添加类别…</translation>
    </message>
    <message>
        <source>%1   %2  (%3 · %4/%5/%6)</source>
        <translation>%1   %2  (%3 · %4/%5/%6)</translation>
    </message>
    <message>
        <source>%1: %2 images — training %3, validation %4, test %5, no split %6</source>
        <translation>%1：%2 张图像 — 训练 %3，验证 %4，测试 %5，未划分 %6</translation>
    </message>
    <message>
        <source>0   unlabeled  (%1)</source>
        <translation>0   未标注  (%1)</translation>
    </message>
    <message>
        <source>Add Class</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Class name:</source>
        <translation>类别名称：</translation>
    </message>
    <message>
        <source>There is already a class named %1.</source>
        <translation>已存在名为 %1 的类别。</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename Class</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Change &amp;Colour…</source>
        <translation>更改颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>Class Colour</source>
        <translation>类别颜色</translation>
    </message>
    <message>
        <source>&amp;Merge Into</source>
        <translation>合并到(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>There is already a class named %1; merge the two instead.</source>
        <translation>已存在名为 %1 的类别；请改为合并这两个类别。</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>删除类别</translation>
    </message>
    <message numerus="yes">
        <source>Delete the class %1? Its %n image(s) stay in the project, unlabeled. (To give them another class, use Merge Into instead.) Edit › Undo brings everything back.</source>
        <translation>
            <numerusform>删除类别 %1？其 %n 张图像会保留在项目中，变为未标注。（若要给它们另一个类别，请改用“合并到”。）“编辑 › 撤销”可恢复一切。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::Cli</name>
    <message>
        <source>List the backbones, their freeze stages and the weights they can start from; download weights into the cache.</source>
        <translation>列出骨干网络、它们的冻结阶段以及可作为起点的权重；将权重下载到缓存中。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Download the weights ID of backbone NAME (give both: --download NAME ID).</source>
        <translation>下载骨干网络 NAME 的权重 ID（两者都要给出：--download NAME ID）。</translation>
    </message>
    <message>
        <source>With --download: the weights id (default: imagenet).</source>
        <translation>配合 --download：权重 id（默认：imagenet）。</translation>
    </message>
    <message>
        <source> [bundled]</source>
        <translation> [自带]</translation>
    </message>
    <message>
        <source> [downloaded]</source>
        <translation> [已下载]</translation>
    </message>
    <message>
        <source>Print each image&apos;s pooled features before the classifier, one JSON object per line: {&quot;image&quot;: PATH, &quot;features&quot;: [...]}.</source>
        <translation>输出每张图像在分类器之前的池化特征，每行一个 JSON 对象：{&quot;image&quot;: PATH, &quot;features&quot;: [...]}。</translation>
    </message>
    <message>
        <source>Images.</source>
        <translation>图像。</translation>
    </message>
    <message>
        <source>Architecture (hone-cli backbones).</source>
        <translation>架构（见 hone-cli backbones）。</translation>
    </message>
    <message>
        <source>default, imagenet, none, a catalog id or a weight file.</source>
        <translation>default、imagenet、none、模型库 id 或权重文件。</translation>
    </message>
    <message>
        <source>Input size (default: the size the weights were trained at, else the architecture&apos;s).</source>
        <translation>输入尺寸（默认：权重训练时的尺寸，否则为架构的默认尺寸）。</translation>
    </message>
    <message>
        <source>JSON output (the only format; accepted for clarity).</source>
        <translation>JSON 输出（唯一的格式；为明确起见而接受此选项）。</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>未知的骨干网络 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--image-size: give a size from 16 to 1024</source>
        <translation>--image-size：请给出 16 到 1024 之间的尺寸</translation>
    </message>
    <message>
        <source>warning: the weights cover the backbone only in part: %1</source>
        <translation>警告：权重只覆盖了骨干网络的一部分：%1</translation>
    </message>
    <message>
        <source>hone-cli: error: %1: %2</source>
        <translation>hone-cli: error: %1: %2</translation>
    </message>
    <message>
        <source>Pretrain a backbone and save it, without its classifier layer, as OUTPUT.safetensors with a manifest (OUTPUT.json: the command, seed, data and SHA-256). Data: Fashion-MNIST training images of the given classes, or a labelled project.</source>
        <translation>预训练一个骨干网络，并将其（不含分类层）保存为 OUTPUT.safetensors，附带清单文件（OUTPUT.json：命令、随机种子、数据和 SHA-256）。数据：给定类别的 Fashion-MNIST 训练图像，或一个已标注的项目。</translation>
    </message>
    <message>
        <source>The .safetensors file to write.</source>
        <translation>要写入的 .safetensors 文件。</translation>
    </message>
    <message>
        <source>Fashion-MNIST labels to pretrain on, e.g. 0,2,3,4,6,9.</source>
        <translation>用于预训练的 Fashion-MNIST 标签，例如 0,2,3,4,6,9。</translation>
    </message>
    <message>
        <source>Training images per class (default 1000).</source>
        <translation>每个类别的训练图像数（默认 1000）。</translation>
    </message>
    <message>
        <source>Pretrain on this labelled project instead.</source>
        <translation>改为在此已标注项目上预训练。</translation>
    </message>
    <message>
        <source>Keep the Fashion-MNIST project in DIR (default: a temporary folder).</source>
        <translation>将 Fashion-MNIST 项目保留在 DIR 中（默认：临时文件夹）。</translation>
    </message>
    <message>
        <source>Weights id for the manifest (default: the file&apos;s base name).</source>
        <translation>清单中的权重 id（默认：文件的基本名称）。</translation>
    </message>
    <message>
        <source>A one-line description for the manifest.</source>
        <translation>清单中的一行描述。</translation>
    </message>
    <message>
        <source>give either --fashion-mnist LIST or --project DIR</source>
        <translation>请给出 --fashion-mnist LIST 或 --project DIR 之一</translation>
    </message>
    <message>
        <source>OUTPUT must end in .safetensors</source>
        <translation>OUTPUT 必须以 .safetensors 结尾</translation>
    </message>
    <message>
        <source>--fashion-mnist: &apos;%1&apos; is not a label from 0 to 9</source>
        <translation>--fashion-mnist：&apos;%1&apos; 不是 0 到 9 之间的标签</translation>
    </message>
    <message>
        <source>--per-class: give at least 10</source>
        <translation>--per-class：请至少给出 10</translation>
    </message>
    <message>
        <source>Writing %1 Fashion-MNIST training images per class (%2) to %3 …</source>
        <translation>正在将每个类别 %1 张 Fashion-MNIST 训练图像（%2）写入 %3 …</translation>
    </message>
    <message>
        <source>Backbone written: %1 (%2 bytes, SHA-256 %3, best validation accuracy %4 %)</source>
        <translation>已写入骨干网络：%1（%2 字节，SHA-256 %3，最佳验证准确率 %4 %）</translation>
    </message>
    <message>
        <source>Save a finished run&apos;s network, without its classifier layer, as a backbone (.safetensors) other projects can start from.</source>
        <translation>将已完成运行的网络（不含分类层）保存为骨干网络（.safetensors），供其他项目作为起点。</translation>
    </message>
    <message>
        <source>Project folder.</source>
        <translation>项目文件夹。</translation>
    </message>
    <message>
        <source>Run id (default: the latest finished).</source>
        <translation>运行 id（默认：最近完成的运行）。</translation>
    </message>
    <message>
        <source>Keep float32 weights (default: float16, half the size).</source>
        <translation>保留 float32 权重（默认：float16，大小减半）。</translation>
    </message>
    <message>
        <source>--output FILE.safetensors is required</source>
        <translation>必须给出 --output FILE.safetensors</translation>
    </message>
    <message>
        <source>Backbone of run %1 written (SHA-256 %2); train with --weights %3</source>
        <translation>已写入运行 %1 的骨干网络（SHA-256 %2）；使用 --weights %3 进行训练</translation>
    </message>
    <message>
        <source>Find mislabelled images (confident learning on K-fold out-of-sample probabilities), exact and near duplicates (and those across splits), image problems, outliers and small classes.</source>
        <translation>查找标注错误的图像（基于 K 折样本外概率的置信学习）、完全重复和近似重复（以及跨子集的重复）、图像问题、离群点和小类别。</translation>
    </message>
    <message>
        <source>Cross-validation folds (default 5).</source>
        <translation>交叉验证折数（默认 5）。</translation>
    </message>
    <message>
        <source>Label-issue ranking: self-confidence (default) or margin.</source>
        <translation>标签问题排序：self-confidence（默认）或 margin。</translation>
    </message>
    <message>
        <source>Near duplicates: the cosine similarity of (centred) embeddings that links two images whose perceptual hashes are only loosely alike (default 0.97).</source>
        <translation>近似重复：当两张图像的感知哈希只是大致相似时，用于关联它们的（中心化）嵌入余弦相似度（默认 0.97）。</translation>
    </message>
    <message>
        <source>Near duplicates: the most bits of 64 in which the perceptual hashes of two look-alike images differ (default 4).</source>
        <translation>近似重复：两张相似图像的感知哈希在 64 位中最多可以相差的位数（默认 4）。</translation>
    </message>
    <message>
        <source>Seed of the fold assignment (default 0).</source>
        <translation>折分配的随机种子（默认 0）。</translation>
    </message>
    <message>
        <source>L2 penalty of the fold heads on standardised embeddings (default %1).</source>
        <translation>各折分类头在标准化嵌入上的 L2 惩罚（默认 %1）。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>--folds: give a number from 2 to 20</source>
        <translation>--folds：请给出 2 到 20 之间的数字</translation>
    </message>
    <message>
        <source>--rank: self-confidence or margin</source>
        <translation>--rank：self-confidence 或 margin</translation>
    </message>
    <message>
        <source>--similarity: give a value in (0, 1]</source>
        <translation>--similarity：请给出 (0, 1] 内的值</translation>
    </message>
    <message>
        <source>--hash-distance: give a number from 0 to 32</source>
        <translation>--hash-distance：请给出 0 到 32 之间的数字</translation>
    </message>
    <message>
        <source>--head-l2: give a value from 0 to 100</source>
        <translation>--head-l2：请给出 0 到 100 之间的值</translation>
    </message>
    <message>
        <source>--seed: give a whole number</source>
        <translation>--seed：请给出一个整数</translation>
    </message>
    <message>
        <source>the project has no images</source>
        <translation>项目中没有图像</translation>
    </message>
    <message>
        <source>doctor: embeddings %1/%2</source>
        <translation>doctor：嵌入 %1/%2</translation>
    </message>
    <message>
        <source>doctor: fold %1/%2</source>
        <translation>doctor：折 %1/%2</translation>
    </message>
    <message>
        <source>%1: embeddings %2/%3</source>
        <translation>%1：嵌入 %2/%3</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>could not encode the picture</source>
        <translation>无法编码图片</translation>
    </message>
    <message>
        <source>Suggest classes for the unlabeled images and list them most useful to label first: a softmax head on the labeled images&apos; embeddings scores the rest by the strategy, in diverse batches. With fewer than two classes labeled there is no head yet: typical, diverse images come first (k-means on the embeddings) and &quot;suggested&quot; is null.</source>
        <translation>为未标注图像建议类别，并按最值得优先标注的顺序列出：在已标注图像的嵌入上训练的 softmax 分类头按所选策略为其余图像打分，并分成多样化的批次。已标注的类别少于两个时还没有分类头：典型且多样的图像排在前面（对嵌入做 k-means），且 &quot;suggested&quot; 为 null。</translation>
    </message>
    <message>
        <source>margin (default), entropy, least-confidence or random.</source>
        <translation>margin（默认）、entropy、least-confidence 或 random。</translation>
    </message>
    <message>
        <source>List at most N images (default: all unlabeled).</source>
        <translation>最多列出 N 张图像（默认：所有未标注图像）。</translation>
    </message>
    <message>
        <source>Diversity batch: images labeled between retrains (default 20).</source>
        <translation>多样性批次：两次重新训练之间标注的图像数（默认 20）。</translation>
    </message>
    <message>
        <source>Seed of the random strategy and the cold start (default 0).</source>
        <translation>random 策略和冷启动的随机种子（默认 0）。</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>输出一个 JSON 数组。</translation>
    </message>
    <message>
        <source>--strategy: margin, entropy, least-confidence or random</source>
        <translation>--strategy：margin、entropy、least-confidence 或 random</translation>
    </message>
    <message>
        <source>--count: give a number of at least 1</source>
        <translation>--count：请给出至少为 1 的数字</translation>
    </message>
    <message>
        <source>--batch: give a number from 1 to 1000</source>
        <translation>--batch：请给出 1 到 1000 之间的数字</translation>
    </message>
    <message>
        <source>suggest: skipped %1: %2</source>
        <translation>suggest：已跳过 %1：%2</translation>
    </message>
    <message>
        <source>suggest: fewer than two classes are labeled, so these are typical, diverse images to label first, without suggestions</source>
        <translation>suggest：已标注的类别少于两个，因此以下是应优先标注的典型、多样的图像，不含建议</translation>
    </message>
    <message>
        <source>Place every image&apos;s embedding on a 2-D map (UMAP after PCA) and write the coordinates (CSV: image,x,y,label) or a picture of it (PNG).</source>
        <translation>将每张图像的嵌入放到二维分布图上（先 PCA 后 UMAP），并写出坐标（CSV：image,x,y,label）或其图片（PNG）。</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.png.</source>
        <translation>FILE.csv 或 FILE.png。</translation>
    </message>
    <message>
        <source>Neighbours of the graph (default 15).</source>
        <translation>图的近邻数（默认 15）。</translation>
    </message>
    <message>
        <source>Seed of the layout (default 0).</source>
        <translation>布局的随机种子（默认 0）。</translation>
    </message>
    <message>
        <source>--output: give a .csv or .png file</source>
        <translation>--output：请给出 .csv 或 .png 文件</translation>
    </message>
    <message>
        <source>--neighbours: give a number from 2 to 100</source>
        <translation>--neighbours：请给出 2 到 100 之间的数字</translation>
    </message>
    <message>
        <source>map: layout %1/%2</source>
        <translation>map：布局 %1/%2</translation>
    </message>
    <message>
        <source>map: %1, %2 s</source>
        <translation>map：%1，%2 s</translation>
    </message>
    <message>
        <source>Train a classifier on the project in DIR.</source>
        <translation>在 DIR 中的项目上训练分类器。</translation>
    </message>
    <message>
        <source>Continue the stopped or failed run ID from its last checkpoint, with its own settings.</source>
        <translation>从上一个检查点继续已停止或失败的运行 ID，使用其原有设置。</translation>
    </message>
    <message>
        <source>Assigned %1 labeled images to train/val (80/20, stratified)</source>
        <translation>已将 %1 张已标注图像分配到 train/val（80/20，分层）</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>run %1 was stopped before it finished; its weights so far are saved</source>
        <translation>运行 %1 在完成前被停止；已保存目前的权重</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>运行 %1 %2</translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation>正在下载 %1 …</translation>
    </message>
    <message>
        <source>Find a learning rate: train a throw-away copy of the configured model while the rate grows, and suggest the rate where the loss fell fastest.</source>
        <translation>寻找学习率：在学习率不断增大的同时训练所配置模型的一个一次性副本，并建议损失下降最快处的学习率。</translation>
    </message>
    <message>
        <source>Lowest rate (default 1e-7).</source>
        <translation>最低学习率（默认 1e-7）。</translation>
    </message>
    <message>
        <source>Highest rate (default 1).</source>
        <translation>最高学习率（默认 1）。</translation>
    </message>
    <message>
        <source>Batches (default 100).</source>
        <translation>批次数（默认 100）。</translation>
    </message>
    <message>
        <source>Print the curve and the suggestion as JSON.</source>
        <translation>以 JSON 输出曲线和建议值。</translation>
    </message>
    <message>
        <source>a numeric option has a value that is not a number</source>
        <translation>某个数值选项的值不是数字</translation>
    </message>
    <message>
        <source>suggested learning rate: %1 (%2 steps, %3)</source>
        <translation>建议的学习率：%1（%2 步，%3）</translation>
    </message>
    <message>
        <source>Evaluate a run on the validation or test split.</source>
        <translation>在验证集或测试集上评估一次运行。</translation>
    </message>
    <message>
        <source>val or test.</source>
        <translation>val 或 test。</translation>
    </message>
    <message>
        <source>--split must be val or test (or train)</source>
        <translation>--split 必须是 val 或 test（或 train）</translation>
    </message>
    <message>
        <source>run %1, %2 split: accuracy %3 % on %4 images, macro-F1 %5</source>
        <translation>运行 %1，%2 子集：在 %4 张图像上准确率 %3 %，macro-F1 %5</translation>
    </message>
    <message>
        <source>top-%1 accuracy %2 %</source>
        <translation>top-%1 准确率 %2 %</translation>
    </message>
    <message>
        <source>most confused:</source>
        <translation>最易混淆：</translation>
    </message>
    <message>
        <source>Export a trained run as a model file, verified by reloading it.</source>
        <translation>将训练好的运行导出为模型文件，并通过重新加载进行验证。</translation>
    </message>
    <message>
        <source>torchscript or onnx.</source>
        <translation>torchscript 或 onnx。</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>Skip the reload-and-compare check.</source>
        <translation>跳过重新加载并比较的检查。</translation>
    </message>
    <message>
        <source>Put the softmax in the graph: the model outputs probabilities.</source>
        <translation>将 softmax 放入计算图：模型输出概率。</translation>
    </message>
    <message>
        <source>The graph takes RGB pixel values 0-255 (float32 NCHW at the model&apos;s input size) and normalises them itself.</source>
        <translation>计算图接受 0-255 的 RGB 像素值（float32 NCHW，模型的输入尺寸），并自行归一化。</translation>
    </message>
    <message>
        <source>Do not write the model card (OUTPUT.md).</source>
        <translation>不写入模型卡（OUTPUT.md）。</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>必须给出 --output</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation>未知格式 &apos;%1&apos;（应为 %2）</translation>
    </message>
    <message>
        <source>wrote %1 (run %2)</source>
        <translation>已写入 %1（运行 %2）</translation>
    </message>
    <message>
        <source>model card: %1</source>
        <translation>模型卡：%1</translation>
    </message>
    <message>
        <source>Classify images with an exported model. An image whose calibrated confidence is below the model&apos;s threshold is reported as unknown.</source>
        <translation>使用导出的模型对图像分类。校准后置信度低于模型阈值的图像报告为未知。</translation>
    </message>
    <message>
        <source>A .pt or .onnx file exported by Hone.</source>
        <translation>由 Hone 导出的 .pt 或 .onnx 文件。</translation>
    </message>
    <message>
        <source>Image files, or folders of them (searched recursively).</source>
        <translation>图像文件，或包含图像的文件夹（递归搜索）。</translation>
    </message>
    <message>
        <source>Also write the predictions as CSV to FILE.</source>
        <translation>同时将预测结果以 CSV 写入 FILE。</translation>
    </message>
    <message>
        <source>Unknown below this calibrated confidence, 0-1 (default: the model&apos;s).</source>
        <translation>校准后置信度低于此值（0-1）时判为未知（默认：模型自身的值）。</translation>
    </message>
    <message>
        <source>Unknown above this distance from every class, 0-2 (default: the model&apos;s).</source>
        <translation>与每个类别的距离都大于此值（0-2）时判为未知（默认：模型自身的值）。</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>不在 stderr 上显示进度。</translation>
    </message>
    <message>
        <source>hone-cli: warning: %1 holds no image</source>
        <translation>hone-cli: warning: %1 中没有图像</translation>
    </message>
    <message>
        <source>no image to classify</source>
        <translation>没有要分类的图像</translation>
    </message>
    <message>
        <source>--threshold must be a number from 0 to 1</source>
        <translation>--threshold 必须是 0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>--max-distance must be a number from 0 to 2</source>
        <translation>--max-distance 必须是 0 到 2 之间的数字</translation>
    </message>
    <message>
        <source>classified %1 of %2 images</source>
        <translation>已分类 %1 / %2 张图像</translation>
    </message>
    <message>
        <source>unknown (%1?)</source>
        <translation>未知（%1?）</translation>
    </message>
    <message>
        <source>%1 images: %2 known, %3 unknown (confidence below %4 %%5), %6 unreadable</source>
        <translation>%1 张图像：%2 张已知，%3 张未知（置信度低于 %4 %%5），%6 张无法读取</translation>
    </message>
    <message>
        <source> or farther than %1 from every class</source>
        <translation>，或与每个类别的距离都大于 %1</translation>
    </message>
    <message>
        <source>the project could not be saved</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Create an empty project in DIR.</source>
        <translation>在 DIR 中创建一个空项目。</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>已创建项目 %1</translation>
    </message>
    <message>
        <source>Import images into the project in DIR.</source>
        <translation>将图像导入 DIR 中的项目。</translation>
    </message>
    <message>
        <source>Image files or folders.</source>
        <translation>图像文件或文件夹。</translation>
    </message>
    <message>
        <source>auto, folders (one folder per class), flat, or csv (path,label rows).</source>
        <translation>auto、folders（每个类别一个文件夹）、flat 或 csv（path,label 行）。</translation>
    </message>
    <message>
        <source>Copy the images into the project (the default).</source>
        <translation>将图像复制到项目中（默认）。</translation>
    </message>
    <message>
        <source>Leave the images where they are and reference them.</source>
        <translation>将图像保留在原处并引用它们。</translation>
    </message>
    <message>
        <source>--copy and --reference exclude each other</source>
        <translation>--copy 和 --reference 不能同时使用</translation>
    </message>
    <message>
        <source>unknown layout &apos;%1&apos;</source>
        <translation>未知布局 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Imported %1 images, %2 refused, %3 duplicates</source>
        <translation>已导入 %1 张图像，拒绝 %2 张，重复 %3 张</translation>
    </message>
    <message>
        <source>Restore the last good version of the project file in DIR when the current one cannot be read. The unreadable file is kept beside it.</source>
        <translation>当前项目文件无法读取时，恢复 DIR 中项目文件的上一个完好版本。无法读取的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>The project file of %1 reads correctly; nothing to recover.</source>
        <translation>%1 的项目文件可以正常读取；无需恢复。</translation>
    </message>
    <message>
        <source>cannot recover %1: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>The unreadable file is kept as %1</source>
        <translation>无法读取的文件保留为 %1</translation>
    </message>
    <message>
        <source>Summarise the project in DIR.</source>
        <translation>汇总 DIR 中的项目。</translation>
    </message>
    <message>
        <source>%1 images, %2 labeled, %3 unlabeled</source>
        <translation>%1 张图像，%2 张已标注，%3 张未标注</translation>
    </message>
    <message>
        <source>splits: train %1, val %2, test %3</source>
        <translation>子集：train %1，val %2，test %3</translation>
    </message>
    <message>
        <source>Label IMAGE (a project-relative path) as CLASS; the class is created if new.</source>
        <translation>将 IMAGE（相对于项目的路径）标注为 CLASS；若类别不存在则创建。</translation>
    </message>
    <message>
        <source>Image path inside the project.</source>
        <translation>项目内的图像路径。</translation>
    </message>
    <message>
        <source>Class name.</source>
        <translation>类别名称。</translation>
    </message>
    <message>
        <source>no image &apos;%1&apos; in this project</source>
        <translation>此项目中没有图像 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the class name is empty</source>
        <translation>类别名称为空</translation>
    </message>
    <message>
        <source>Split the labeled images into train/val/test, stratified by class.</source>
        <translation>将已标注图像按类别分层划分为 train/val/test。</translation>
    </message>
    <message>
        <source>Train share.</source>
        <translation>训练集比例。</translation>
    </message>
    <message>
        <source>Validation share.</source>
        <translation>验证集比例。</translation>
    </message>
    <message>
        <source>Test share.</source>
        <translation>测试集比例。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <source>ratios must be non-negative numbers and the seed an integer</source>
        <translation>比例必须是非负数，随机种子必须是整数</translation>
    </message>
    <message>
        <source>Write a demo project of Fashion-MNIST images to DIR.</source>
        <translation>将 Fashion-MNIST 图像的演示项目写入 DIR。</translation>
    </message>
    <message>
        <source>Project folder (created).</source>
        <translation>项目文件夹（将被创建）。</translation>
    </message>
    <message>
        <source>Images per class.</source>
        <translation>每个类别的图像数。</translation>
    </message>
    <message>
        <source>--per-class must be between 2 and 1000</source>
        <translation>--per-class 必须在 2 到 1000 之间</translation>
    </message>
    <message>
        <source>Demo project written to %1</source>
        <translation>演示项目已写入 %1</translation>
    </message>
    <message>
        <source>Export the labeled images as an ImageFolder tree or a CSV.</source>
        <translation>将已标注图像导出为 ImageFolder 目录树或 CSV。</translation>
    </message>
    <message>
        <source>folders or csv.</source>
        <translation>folders 或 csv。</translation>
    </message>
    <message>
        <source>A new folder, or the CSV file.</source>
        <translation>新文件夹，或 CSV 文件。</translation>
    </message>
    <message>
        <source>folders: put classes under train/, val/ and test/.</source>
        <translation>folders：将类别放在 train/、val/ 和 test/ 下。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected folders or csv)</source>
        <translation>未知格式 &apos;%1&apos;（应为 folders 或 csv）</translation>
    </message>
    <message>
        <source>%1: the file is missing; left out</source>
        <translation>%1：文件缺失；已略过</translation>
    </message>
    <message>
        <source>Wrote %1 images to %2</source>
        <translation>已将 %1 张图像写入 %2</translation>
    </message>
    <message>
        <source>Write a training report (HTML, or PDF when FILE ends in .pdf): configuration, curves, confusion matrix, per-class table and the most confident mistakes, and a data-health section.</source>
        <translation>写出训练报告（HTML，若 FILE 以 .pdf 结尾则为 PDF）：配置、曲线、混淆矩阵、各类别表格、置信度最高的错误，以及数据健康部分。</translation>
    </message>
    <message>
        <source>Output file (.html or .pdf).</source>
        <translation>输出文件（.html 或 .pdf）。</translation>
    </message>
    <message>
        <source>Leave out the data-health section (a data-doctor scan with the bundled backbone).</source>
        <translation>省略数据健康部分（使用自带骨干网络的数据诊断扫描）。</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>必须给出 --output FILE</translation>
    </message>
    <message>
        <source>warning: no data-health section: %1</source>
        <translation>警告：没有数据健康部分：%1</translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation>运行 %1 的报告已写入 %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>[training options]</source>
        <translation>[训练选项]</translation>
    </message>
    <message>
        <source>Training options (%1):</source>
        <translation>训练选项（%1）：</translation>
    </message>
    <message>
        <source>Exit status and output:</source>
        <translation>退出状态与输出：</translation>
    </message>
    <message>
        <source>&apos;hone-cli COMMAND --help&apos; describes a command and each of its options.</source>
        <translation>&apos;hone-cli COMMAND --help&apos; 会说明一个命令及其每个选项。</translation>
    </message>
    <message>
        <source>Usage: hone-cli COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>用法：hone-cli COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Hone without a window: every step from import to export, for scripts and machines without a display.</source>
        <translation>无窗口的 Hone：从导入到导出的每一步，供脚本和没有显示器的机器使用。</translation>
    </message>
    <message>
        <source>0 success; 1 failure, with &quot;hone-cli: error: ...&quot; on stderr; 2 usage error. --json output goes to stdout alone, so it always parses; progress and messages go to stderr. Without --run, a command uses the latest finished run.</source>
        <translation>0 成功；1 失败，并在 stderr 上输出 &quot;hone-cli: error: ...&quot;；2 用法错误。 --json 输出单独写到 stdout，因此总能被解析；进度和消息写到 stderr。 不带 --run 时，命令使用最近完成的运行。</translation>
    </message>
    <message>
        <source>Checking images: %1/%2</source>
        <translation>正在检查图像：%1/%2</translation>
    </message>
    <message>
        <source>best validation accuracy %1, epoch %2</source>
        <translation>最佳验证准确率 %1，第 %2 轮</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>准确率 %1</translation>
    </message>
    <message>
        <source>--image-size: give 32 to 1024 pixels</source>
        <translation>--image-size：请给出 32 到 1024 像素</translation>
    </message>
    <message>
        <source>%1 at %2 px: %3 ms per image to train on %4 (%5 threads)</source>
        <translation>%1 在 %2 px：在 %4 上训练每张图像 %3 毫秒（%5 个线程）</translation>
    </message>
    <message>
        <source>Measure how long backbone NAME takes to train on one image on this computer (kept for the GUI&apos;s picker).</source>
        <translation>测量骨干网络 NAME 在本机上训练一张图像所需的时间（保存供图形界面的选择器使用）。</translation>
    </message>
    <message>
        <source>With --speed: the input size (default: the size its default weights train at).</source>
        <translation>与 --speed 一起：输入尺寸（默认：其默认权重的训练尺寸）。</translation>
    </message>
</context>
<context>
    <name>Hone::Cli::EmbeddingOptions</name>
    <message>
        <source>Architecture whose embeddings are used (default: the bundled one).</source>
        <translation>使用其嵌入的架构（默认：自带的架构）。</translation>
    </message>
    <message>
        <source>default, imagenet, none, a catalog id or a weight file (default: the bundled weights for the bundled backbone, ImageNet for the others).</source>
        <translation>default、imagenet、none、模型库 id 或权重文件（默认：自带骨干网络使用自带权重，其他骨干网络使用 ImageNet）。</translation>
    </message>
    <message>
        <source>Input size (default: the weights&apos; own).</source>
        <translation>输入尺寸（默认：权重自身的尺寸）。</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>未知的骨干网络 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--image-size: give a size from 16 to 1024</source>
        <translation>--image-size：请给出 16 到 1024 之间的尺寸</translation>
    </message>
</context>
<context>
    <name>Hone::Cli::TrainingOptions</name>
    <message>
        <source>--%1: &apos;%2&apos; is not understood</source>
        <translation>--%1：无法理解 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--freeze: &apos;%1&apos; is not a stage of %2 (%3)</source>
        <translation>--freeze：&apos;%1&apos; 不是 %2 的阶段（%3）</translation>
    </message>
    <message>
        <source>the project&apos;s default weights (%1) are not for %2: add --weights default, imagenet, none or a file</source>
        <translation>项目的默认权重（%1）不适用于 %2：请添加 --weights default、imagenet、none 或文件</translation>
    </message>
    <message>
        <source>resnet18, resnet34, resnet50, mobilenet_v2, mobilenet_v3_small, mobilenet_v3_large, efficientnet_b0, efficientnet_v2_s, regnet_y_800mf or regnet_y_1_6gf (hone-cli backbones).</source>
        <translation>resnet18、resnet34、resnet50、mobilenet_v2、mobilenet_v3_small、mobilenet_v3_large、efficientnet_b0、efficientnet_v2_s、regnet_y_800mf 或 regnet_y_1_6gf（见 hone-cli backbones）。</translation>
    </message>
    <message>
        <source>default (the backbone Hone ships), imagenet (torchvision&apos;s, downloaded once), none, a catalog id (hone-cli backbones), or a weight file (.pth, .safetensors).</source>
        <translation>default（Hone 自带的骨干网络）、imagenet（torchvision 的权重，只需下载一次）、none、模型库 id（见 hone-cli backbones）或权重文件（.pth、.safetensors）。</translation>
    </message>
    <message>
        <source>Frozen stages: 0 = train all ... 5 = head only, or the name of the last frozen stage (hone-cli backbones lists them).</source>
        <translation>冻结阶段：0 = 全部训练 ... 5 = 只训练分类头，或最后一个冻结阶段的名称（hone-cli backbones 会列出）。</translation>
    </message>
    <message>
        <source>fine-tune: epochs of the head alone (default: a fifth).</source>
        <translation>fine-tune：单独训练分类头的轮数（默认：总轮数的五分之一）。</translation>
    </message>
    <message>
        <source>fine-tune: rate factor per stage below the head (default 0.5).</source>
        <translation>fine-tune：分类头以下每个阶段的学习率系数（默认 0.5）。</translation>
    </message>
    <message>
        <source>Epochs.</source>
        <translation>轮数。</translation>
    </message>
    <message>
        <source>Batch size, or auto (4 to 32: about 16 steps an epoch; the default).</source>
        <translation>批大小，或 auto（4 到 32：每轮约 16 步；默认值）。</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>学习率。</translation>
    </message>
    <message>
        <source>adamw or sgd.</source>
        <translation>adamw 或 sgd。</translation>
    </message>
    <message>
        <source>Nesterov momentum (SGD).</source>
        <translation>Nesterov 动量（SGD）。</translation>
    </message>
    <message>
        <source>Weight decay (not on biases and norms).</source>
        <translation>权重衰减（不作用于偏置和归一化层）。</translation>
    </message>
    <message>
        <source>Weight decay on biases and norms too.</source>
        <translation>权重衰减也作用于偏置和归一化层。</translation>
    </message>
    <message>
        <source>Learning-rate schedule: cosine, onecycle, step or constant.</source>
        <translation>学习率调度：cosine、onecycle、step 或 constant。</translation>
    </message>
    <message>
        <source>Warm-up epochs (cosine schedule).</source>
        <translation>预热轮数（cosine 调度）。</translation>
    </message>
    <message>
        <source>Label smoothing, 0 to below 1.</source>
        <translation>标签平滑，取值从 0 到小于 1。</translation>
    </message>
    <message>
        <source>Clip the global gradient norm to X (0 = off).</source>
        <translation>将全局梯度范数裁剪到 X（0 = 关闭）。</translation>
    </message>
    <message>
        <source>none or balanced (inverse class frequency).</source>
        <translation>none 或 balanced（按类别频率的倒数加权）。</translation>
    </message>
    <message>
        <source>Stop after N epochs without improvement (0 = off).</source>
        <translation>连续 N 轮无改进后停止（0 = 关闭）。</translation>
    </message>
    <message>
        <source>val_accuracy or val_loss: what improves, and which epoch is best.</source>
        <translation>val_accuracy 或 val_loss：以哪项指标判断改进以及哪一轮最佳。</translation>
    </message>
    <message>
        <source>Keep the last epoch&apos;s weights instead of the best epoch&apos;s.</source>
        <translation>保留最后一轮的权重，而不是最佳一轮的权重。</translation>
    </message>
    <message>
        <source>Augmentations, comma-separated: flip, crop, rotate, color, trivial (default: flip).</source>
        <translation>数据增强，以英文逗号分隔：flip, crop, rotate, color, trivial（默认：flip）。</translation>
    </message>
    <message>
        <source>No augmentation at all.</source>
        <translation>完全不做数据增强。</translation>
    </message>
    <message>
        <source>Feature cache: random views kept per image when augmenting more than flips (default 4).</source>
        <translation>特征缓存：数据增强不止翻转时，每张图像保留的随机视图数（默认 4）。</translation>
    </message>
    <message>
        <source>Run the frozen stages on every batch instead of caching their output.</source>
        <translation>每个批次都运行冻结阶段，而不是缓存其输出。</translation>
    </message>
    <message>
        <source>Input size in pixels.</source>
        <translation>输入尺寸（像素）。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <source>CPU threads (0 = all cores).</source>
        <translation>CPU 线程数（0 = 所有核心）。</translation>
    </message>
    <message>
        <source>auto (fp16 mixed precision on CUDA, fp32 on a CPU), fp32, fp16 (CUDA) or bf16 (CUDA, or CPUs with AVX-512 BF16).</source>
        <translation>auto（CUDA 上为 fp16 混合精度，CPU 上为 fp32）、fp32、fp16（CUDA）或 bf16（CUDA，或支持 AVX-512 BF16 的 CPU）。</translation>
    </message>
    <message>
        <source>Channels-last memory format: auto (on CUDA), on or off.</source>
        <translation>channels-last 内存格式：auto（在 CUDA 上启用）、on 或 off。</translation>
    </message>
    <message>
        <source>auto (the default: chosen from the data, see README), custom (train from --freeze on), feature-extraction (the head only) or fine-tune (the head first, then from --freeze on with lower rates for earlier stages).</source>
        <translation>auto（默认：根据数据选择，见 README）、custom（从 --freeze 起训练）、feature-extraction（仅分类头）或 fine-tune（先训练分类头，再从 --freeze 起训练，较早阶段的学习率更低）。</translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionGallery</name>
    <message>
        <source>%1 predicted as %2</source>
        <translation>%1 被预测为 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of class %1 predicted as %2, most confident first. Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); double-click to open an image in the Dataset view.</source>
        <translation>
            <numerusform>类别 %1 中被预测为 %2 的 %n 张图像，置信度最高的在前。按 1–9 为所选图像指定类别，按 0 取消标注（“编辑 › 撤销”可还原）；双击在数据集视图中打开图像。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionMatrixWidget</name>
    <message>
        <source>Click a cell to see its images</source>
        <translation>单击单元格查看其图像</translation>
    </message>
    <message numerus="yes">
        <source>%1 predicted as %2: %n image(s), %3 % of the class. Click to see them.</source>
        <translation>
            <numerusform>%1 被预测为 %2：%n 张图像，占该类别的 %3 %。单击查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first validation pass.</source>
        <translation>混淆矩阵在第一次验证后显示。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
</context>
<context>
    <name>Hone::CrossValidation</name>
    <message>
        <source>no labelled images: label issues need labels to check</source>
        <translation>没有已标注的图像：检查标签问题需要标签</translation>
    </message>
    <message>
        <source>no class has two labelled images: label issues need at least two per class</source>
        <translation>没有哪个类别有两张已标注的图像：检查标签问题需要每个类别至少两张</translation>
    </message>
    <message>
        <source>%1 folds instead of %2: the smallest class has %3 images</source>
        <translation>%1 折而不是 %2 折：最小的类别只有 %3 张图像</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) with a single image not scored: no model can learn a class from the image it judges</source>
        <translation>
            <numerusform>%n 个只有一张图像的类别未评分：模型无法从它所评判的那张图像学习一个类别</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DataDoctor</name>
    <message>
        <source>no labelled images: the model cannot learn this class; label some or remove the class</source>
        <translation>没有已标注的图像：模型无法学习此类别；请标注一些图像或删除该类别</translation>
    </message>
    <message>
        <source>%1× fewer images than the median class (%2): training sees it rarely, so the model leans towards the larger classes and its accuracy on this one is the least certain. Label more of it, or train with class weights (balanced).</source>
        <translation>图像数仅为各类别中位数（%2）的 1/%1：训练中很少见到它，因此模型偏向较大的类别，对此类别的准确率也最不确定。请标注更多此类图像，或使用类别权重（balanced）训练。</translation>
    </message>
    <message>
        <source>Scanned %1 images (%2 labelled) with %3 in %4 s; %5 folds.</source>
        <translation>用 %3 扫描了 %1 张图像（%2 张已标注），耗时 %4 s；%5 折。</translation>
    </message>
    <message>
        <source>Label issues: %1</source>
        <translation>标签问题：%1</translation>
    </message>
    <message>
        <source>  %1: labelled %2, looks like %3 (score %4)</source>
        <translation>  %1：标注为 %2，看起来像 %3（得分 %4）</translation>
    </message>
    <message>
        <source>Duplicate groups: %1 (%2 across splits)</source>
        <translation>重复组：%1（%2 个跨子集）</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>near</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>, across splits</source>
        <translation>，跨子集</translation>
    </message>
    <message>
        <source>Image problems: %1</source>
        <translation>图像问题：%1</translation>
    </message>
    <message>
        <source>Outliers: %1</source>
        <translation>离群点：%1</translation>
    </message>
    <message>
        <source>Small class %1 (%2 images): %3</source>
        <translation>小类别 %1（%2 张图像）：%3</translation>
    </message>
    <message>
        <source>Unreadable images: %1</source>
        <translation>无法读取的图像：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) checked earlier and not shown</source>
        <translation>
            <numerusform>%n 项之前已检查的结果未显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DatasetWorkspace</name>
    <message>
        <source>All splits</source>
        <translation>所有子集</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>the test split (noun), beside Training and Validation</extracomment>
        <translation>测试集</translation>
    </message>
    <message>
        <source>No split</source>
        <translation>未划分</translation>
    </message>
    <message>
        <source>Filter by file name…</source>
        <translation>按文件名筛选…</translation>
    </message>
    <message>
        <source>How the Label next queue ranks unlabeled images</source>
        <translation>优先标注队列如何对未标注图像排序</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>边际</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>熵</translation>
    </message>
    <message>
        <source>Least confidence</source>
        <translation>最低置信度</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Import &amp;Images or CSV…</source>
        <translation>导入图像或 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Images</source>
        <translation>导入图像</translation>
    </message>
    <message>
        <source>Images and label files (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)</source>
        <translation>图像和标签文件 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)</translation>
    </message>
    <message>
        <source>Off: images stay where they are and the project refers to them.</source>
        <translation>关闭时：图像保留在原处，项目引用它们。</translation>
    </message>
    <message>
        <source>&amp;Split Dataset…</source>
        <translation>划分数据集(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Next Unlabeled Image</source>
        <translation>下一张未标注图像(&amp;N)</translation>
    </message>
    <message>
        <source>Every image here is labeled</source>
        <translation>此处的所有图像都已标注</translation>
    </message>
    <message>
        <source>Move to &amp;Training Split</source>
        <translation>移到训练集(&amp;T)</translation>
    </message>
    <message>
        <source>Move to &amp;Validation Split</source>
        <translation>移到验证集(&amp;V)</translation>
    </message>
    <message>
        <source>Move to T&amp;est Split</source>
        <translation>移到测试集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove from Splits</source>
        <translation>移出子集(&amp;R)</translation>
    </message>
    <message>
        <source>Export Dataset as &amp;Folders…</source>
        <translation>将数据集导出为文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Export Dataset as &amp;CSV…</source>
        <translation>将数据集导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>No class %1: add classes in the class panel first</source>
        <translation>没有类别 %1：请先在类别面板中添加类别</translation>
    </message>
    <message>
        <source>Split the labeled images per class</source>
        <translation>按类别划分已标注图像</translation>
    </message>
    <message>
        <source>Export Dataset as CSV</source>
        <translation>将数据集导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Dataset into an Empty Folder</source>
        <translation>将数据集导出到空文件夹</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <source>Put the classes under train/, val/ and test/ folders?</source>
        <translation>将类别放在 train/、val/ 和 test/ 文件夹下？</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1</source>
        <translation>
            <numerusform>已将 %n 张图像导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing images…</source>
        <translation>正在导入图像…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n image(s)</source>
        <translation>
            <numerusform>已导入 %n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>，跳过 %n 张重复图像</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 个文件无法导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggest classes for unlabeled images with a head trained on the labeled ones; it retrains in the background as you label.</source>
        <translation>用在已标注图像上训练的分类头为未标注图像建议类别；标注时它会在后台重新训练。</translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Label</source>
        <translation>接受建议标签(&amp;A)</translation>
    </message>
    <message>
        <source>No suggestion to accept here</source>
        <translation>此处没有可接受的建议</translation>
    </message>
    <message>
        <source>Accept Suggestions</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <source>Accept every suggested label at or above this confidence (%):</source>
        <translation>接受置信度不低于此值（%）的所有建议标签：</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggested label(s) (undo reverts them all)</source>
        <translation>
            <numerusform>已接受 %n 个建议标签（撤销会全部还原）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label Next Queue</source>
        <translation>优先标注队列(&amp;L)</translation>
    </message>
    <message>
        <source>Show only unlabeled images, the ones whose labels teach the model most first</source>
        <translation>只显示未标注图像，最能帮助模型学习的排在前面</translation>
    </message>
    <message>
        <source>Nothing left to label</source>
        <translation>没有需要标注的图像了</translation>
    </message>
    <message>
        <source>%1? %2 % — Enter accepts</source>
        <translation>%1？%2 % — 按 Enter 接受</translation>
    </message>
    <message>
        <source>C&amp;opy Imported Images into the Project</source>
        <translation>将导入的图像复制到项目中(&amp;O)</translation>
    </message>
    <message>
        <source>Show Su&amp;ggested Labels</source>
        <translation>显示建议标签(&amp;G)</translation>
    </message>
    <message>
        <source>Accept All Suggestions A&amp;bove…</source>
        <translation>接受高于阈值的所有建议(&amp;B)…</translation>
    </message>
    <message>
        <source>Ne&amp;xt in Label Queue</source>
        <translation>标注队列中的下一张(&amp;X)</translation>
    </message>
</context>
<context>
    <name>Hone::DoctorFindingsModel</name>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Given label</source>
        <translation>给定标签</translation>
    </message>
    <message>
        <source>Suggested label</source>
        <translation>建议标签</translation>
    </message>
    <message>
        <source>Label quality</source>
        <translation>标签质量</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Kind / label</source>
        <translation>类型 / 标签</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Leak</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Outlier score</source>
        <translation>离群分数</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Effect on training</source>
        <translation>对训练的影响</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates (%n image(s))</source>
        <translation>
            <numerusform>完全重复（%n 张图像）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near duplicates (%n image(s))</source>
        <translation>
            <numerusform>近似重复（%n 张图像）</numerusform>
        </translation>
    </message>
    <message>
        <source>exact</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>near</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <source>no longer leaking</source>
        <translation>不再泄漏</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>过暗</translation>
    </message>
    <message>
        <source>overexposed</source>
        <translation>过曝</translation>
    </message>
    <message>
        <source>blurry</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>low information</source>
        <extracomment>an image that is nearly flat: almost one grey level</extracomment>
        <translation>信息量低</translation>
    </message>
    <message>
        <source>odd size</source>
        <extracomment>an image whose size or aspect ratio is unusual among the dataset&apos;s images</extracomment>
        <translation>尺寸异常</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the problems of one image</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Split</source>
        <comment>noun: train, val or test</comment>
        <translation>子集</translation>
    </message>
</context>
<context>
    <name>Hone::DoctorWorkspace</name>
    <message>
        <source>Label issues (%1)</source>
        <translation>标签问题（%1）</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>重复（%1）</translation>
    </message>
    <message>
        <source>Leakage (%1)</source>
        <translation>泄漏（%1）</translation>
    </message>
    <message>
        <source>Image problems (%1)</source>
        <translation>图像问题（%1）</translation>
    </message>
    <message>
        <source>Outliers (%1)</source>
        <translation>离群点（%1）</translation>
    </message>
    <message>
        <source>Small classes (%1)</source>
        <translation>小类别（%1）</translation>
    </message>
    <message>
        <source>Unreadable (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>重新训练</translation>
    </message>
    <message>
        <source>Look for mislabelled images, duplicates, leakage across splits and image problems</source>
        <translation>查找标注错误的图像、重复、跨子集泄漏和图像问题</translation>
    </message>
    <message>
        <source>Scan the project (%1)</source>
        <translation>扫描项目（%1）</translation>
    </message>
    <message>
        <source>The network whose embeddings the scan compares</source>
        <translation>扫描时用来比较嵌入的网络</translation>
    </message>
    <message>
        <source>Cross-validation folds: each image is judged by a model that never saw it</source>
        <translation>交叉验证折数：每张图像都由一个从未见过它的模型评判</translation>
    </message>
    <message>
        <source>Self-confidence</source>
        <translation>自置信度</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>边际</translation>
    </message>
    <message>
        <source>How label issues are ranked: the probability of the given label, or its margin over the most likely other class</source>
        <translation>标签问题的排序方式：给定标签的概率，或它相对于最可能的其他类别的边际</translation>
    </message>
    <message>
        <source>Train again with the current settings on the fixed dataset</source>
        <translation>使用当前设置在修正后的数据集上重新训练</translation>
    </message>
    <message>
        <source>Scan to find mislabelled images, duplicates (and those that leak across splits), image problems, outliers and small classes.</source>
        <translation>扫描以查找标注错误的图像、重复（以及跨子集泄漏的重复）、图像问题、离群点和小类别。</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>骨干网络：</translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation>折数：</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>排序依据：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; accept the suggested label · &lt;b&gt;1–9&lt;/b&gt; label with class 1–9 · &lt;b&gt;Space&lt;/b&gt; or &lt;b&gt;C&lt;/b&gt; checked, not an issue · &lt;b&gt;K&lt;/b&gt; keep this duplicate, remove the others · &lt;b&gt;S&lt;/b&gt; one split for the group · &lt;b&gt;Delete&lt;/b&gt; remove the image · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation>&lt;b&gt;Enter&lt;/b&gt; 接受建议标签 · &lt;b&gt;1–9&lt;/b&gt; 标注为类别 1–9 · &lt;b&gt;Space&lt;/b&gt; 或 &lt;b&gt;C&lt;/b&gt; 已检查，不是问题 · &lt;b&gt;K&lt;/b&gt; 保留此重复项，删除其他 · &lt;b&gt;S&lt;/b&gt; 整组使用同一子集 · &lt;b&gt;Delete&lt;/b&gt; 删除图像 · &lt;b&gt;Ctrl+Z&lt;/b&gt; 撤销</translation>
    </message>
    <message>
        <source>random weights</source>
        <translation>随机权重</translation>
    </message>
    <message>
        <source>bundled weights (%1)</source>
        <translation>自带权重（%1）</translation>
    </message>
    <message>
        <source>The project has no images to scan.</source>
        <translation>项目中没有可扫描的图像。</translation>
    </message>
    <message>
        <source>Cannot scan: %1</source>
        <translation>无法扫描：%1</translation>
    </message>
    <message>
        <source>The %1 weights are not on this computer yet: download them in the Train workspace (Backbone), or choose another backbone.</source>
        <translation>%1 权重尚未在此计算机上：请在训练工作区（骨干网络）中下载，或选择其他骨干网络。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n image(s) with %1…</source>
        <translation>
            <numerusform>正在用 %1 扫描 %n 张图像…</numerusform>
        </translation>
    </message>
    <message>
        <source>Embedding %1/%2</source>
        <translation>嵌入 %1/%2</translation>
    </message>
    <message>
        <source>Fold %1/%2</source>
        <translation>折 %1/%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>Scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n image(s) with %1 in %2 s, %3 folds.</source>
        <translation>
            <numerusform>用 %1 扫描了 %n 张图像，耗时 %2 s，%3 折。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) checked earlier are left out.</source>
        <translation>
            <numerusform>已略去 %n 项之前检查过的结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Data doctor: %1</source>
        <translation>数据诊断：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Scan for &amp;Problems</source>
        <translation>扫描问题(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingMap</name>
    <message>
        <source>UMAP (%1 neighbours) on the first %2 principal axes of the centred embeddings, started from the first two</source>
        <translation>在中心化嵌入的前 %2 个主轴上运行 UMAP（%1 个近邻），从前两个主轴开始</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingMapView</name>
    <message>
        <source>No map yet</source>
        <translation>尚无分布图</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingPass</name>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>未知的骨干网络 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the backbone returned embeddings of an unexpected size</source>
        <translation>骨干网络返回的嵌入尺寸不符合预期</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>文件缺失</translation>
    </message>
</context>
<context>
    <name>Hone::EvaluateWorkspace</name>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>导出报告(&amp;P)…</translation>
    </message>
    <message>
        <source>A finished training run</source>
        <translation>已完成的训练运行</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>the test split (noun), beside Validation</extracomment>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Evaluate the run on the split (F5)</source>
        <translation>在该子集上评估运行（F5）</translation>
    </message>
    <message>
        <source>Write an HTML or PDF report: configuration, curves, confusion matrix, per-class table and the most confident mistakes</source>
        <translation>写出 HTML 或 PDF 报告：配置、曲线、混淆矩阵、各类别表格和置信度最高的错误</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>预测为</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Double-click a pair to see its images</source>
        <translation>双击类别对查看其图像</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>运行(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>子集(&amp;S)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per class&lt;/b&gt; (click a header to sort)</source>
        <translation>&lt;b&gt;各类别&lt;/b&gt;（单击表头排序）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Most confused pairs&lt;/b&gt;</source>
        <translation>&lt;b&gt;最易混淆的类别对&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Misclassified, most confident first&lt;/b&gt;</source>
        <translation>&lt;b&gt;分类错误，置信度最高的在前&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The project&apos;s images changed since the evaluation: press Evaluate (F5) again.</source>
        <translation>评估之后项目的图像已更改：请再次按“评估”（F5）。</translation>
    </message>
    <message>
        <source>%1 · %2 · best %3 %</source>
        <translation>%1 · %2 · 最佳 %3 %</translation>
    </message>
    <message>
        <source>Cannot evaluate: %1</source>
        <translation>无法评估：%1</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating run %1 on %n image(s)…</source>
        <translation>
            <numerusform>正在 %n 张图像上评估运行 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <source>Run %1 on the %2 split: %3 % accuracy</source>
        <translation>运行 %1 在%2集上：准确率 %3 %</translation>
    </message>
    <message>
        <source>This run has no calibration (trained by an earlier version).</source>
        <translation>该运行没有校准（由较早版本训练）。</translation>
    </message>
    <message>
        <source>No temperature fitted: %1.</source>
        <translation>未拟合温度：%1。</translation>
    </message>
    <message numerus="yes">
        <source>T fitted on %n validation image(s).</source>
        <translation>
            <numerusform>T 在 %n 张验证图像上拟合。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a run and a split, then press Evaluate (F5).</source>
        <translation>选择一个运行和一个子集，然后按“评估”（F5）。</translation>
    </message>
    <message>
        <source>No finished run yet: train a model first.</source>
        <translation>尚无已完成的运行：请先训练模型。</translation>
    </message>
    <message numerus="yes">
        <source>Run &lt;b&gt;%1&lt;/b&gt; on the &lt;b&gt;%2&lt;/b&gt; split: %n image(s), accuracy &lt;b&gt;%3 %&lt;/b&gt; (95 % CI %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>
            <numerusform>运行 &lt;b&gt;%1&lt;/b&gt; 在&lt;b&gt;%2集&lt;/b&gt;上：%n 张图像，准确率 &lt;b&gt;%3 %&lt;/b&gt;（95 % CI %4–%5 %），macro-F1 &lt;b&gt;%6&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>, top-%1 &lt;b&gt;%2 %&lt;/b&gt;</source>
        <translation>，top-%1 &lt;b&gt;%2 %&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source> (%n image(s) skipped)</source>
        <translation>
            <numerusform>（跳过 %n 张图像）</numerusform>
        </translation>
    </message>
    <message>
        <source>No image was confused.</source>
        <translation>没有混淆的图像。</translation>
    </message>
    <message>
        <source>run %1, %2 split</source>
        <translation>运行 %1，%2集</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s). Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); Enter opens an image in the Dataset view.</source>
        <translation>
            <numerusform>%n 个错误。按 1–9 为所选图像指定类别，按 0 取消标注（“编辑 › 撤销”可还原）；按 Enter 在数据集视图中打开图像。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most confident are shown.</source>
        <translation>显示置信度最高的 %1 个。</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>HTML file (*.html);;PDF document (*.pdf)</source>
        <translation>HTML 文件 (*.html);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written:
%1</source>
        <translation>无法写入报告：
%1</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>未写入报告：%1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
</context>
<context>
    <name>Hone::GradCamView</name>
    <message>
        <source>&amp;Heat map</source>
        <translation>热力图(&amp;H)</translation>
    </message>
    <message>
        <source>Blend the Grad-CAM heat map over the image: red where the evidence for the class lies</source>
        <translation>将 Grad-CAM 热力图叠加到图像上：红色表示该类别证据所在的位置</translation>
    </message>
    <message>
        <source>The class whose evidence is shown</source>
        <translation>显示其证据的类别</translation>
    </message>
    <message>
        <source>Explain:</source>
        <translation>解释：</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>Select an image to see where the model looks.</source>
        <translation>选择一张图像，查看模型关注的位置。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1: evidence for &lt;b&gt;%2&lt;/b&gt; (probability %3 %).</source>
        <translation>%1：&lt;b&gt;%2&lt;/b&gt; 的证据（概率 %3 %）。</translation>
    </message>
    <message>
        <source>Labelled %1 (probability %2 %).</source>
        <translation>标注为 %1（概率 %2 %）。</translation>
    </message>
    <message>
        <source>Map resolution %1 × %2, the network&apos;s last stage.</source>
        <translation>热力图分辨率 %1 × %2，即网络的最后一个阶段。</translation>
    </message>
</context>
<context>
    <name>Hone::ImageGridDelegate</name>
    <message>
        <source>unlabeled</source>
        <translation>未标注</translation>
    </message>
</context>
<context>
    <name>Hone::ImageGridModel</name>
    <message>
        <source>%1
class: %2
split: %3</source>
        <translation>%1
类别：%2
子集：%3</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Hone::LabelAssistant</name>
    <message>
        <source>the trunk of run %1</source>
        <translation>运行 %1 的主干网络</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions: reading %n image(s)…</source>
        <translation>
            <numerusform>建议：正在读取 %n 张图像…</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions unavailable: %1</source>
        <translation>建议不可用：%1</translation>
    </message>
    <message>
        <source>Suggestions: embedding %1 of %2 images…</source>
        <translation>建议：正在计算嵌入 %1 / %2 张图像…</translation>
    </message>
    <message>
        <source>Label next: typical, diverse images first; suggestions start once two classes have labels</source>
        <translation>优先标注：典型、多样的图像在前；两个类别有标签后开始给出建议</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions from %n label(s) on the features of %1 (queue: %2; refreshed in %3 s)</source>
        <translation>
            <numerusform>基于 %1 特征上的 %n 个标签给出建议（队列：%2；刷新用时 %3 s）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::LrFinderDialog</name>
    <message>
        <source>Find a Learning Rate</source>
        <translation>寻找学习率</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>损失（平滑）</translation>
    </message>
    <message>
        <source>batch %v of %m</source>
        <translation>第 %v / %m 批</translation>
    </message>
    <message>
        <source>Training a throw-away copy of the model while the learning rate grows from %1 to %2…</source>
        <translation>正在训练模型的一次性副本，学习率从 %1 增长到 %2…</translation>
    </message>
    <message>
        <source>&amp;Use This Rate</source>
        <translation>使用此学习率(&amp;U)</translation>
    </message>
    <message>
        <source>The range test did not finish: %1</source>
        <translation>范围测试未完成：%1</translation>
    </message>
    <message>
        <source>Suggested learning rate: &lt;b&gt;%1&lt;/b&gt;, where the loss fell fastest (%2 batches; %3).</source>
        <translation>建议的学习率：&lt;b&gt;%1&lt;/b&gt;，此处损失下降最快（%2 批；%3）。</translation>
    </message>
    <message>
        <source>stopped when the loss diverged</source>
        <translation>在损失发散时停止</translation>
    </message>
    <message>
        <source>the whole range</source>
        <translation>整个范围</translation>
    </message>
</context>
<context>
    <name>Hone::MainWindow</name>
    <message>
        <source>&amp;Dataset</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;octor</source>
        <translation>诊断(&amp;O)</translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation>分布图(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>训练(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>评估(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Could not save the project: %1</source>
        <translation>无法保存项目：%1</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Your changes are kept in memory; Hone tries again with the next change.</source>
        <translation>无法保存项目：
%1

你的更改保留在内存中；Hone 会在下一次更改时重试。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>New Project Folder</source>
        <translation>新项目文件夹</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Stop training first.</source>
        <translation>请先停止训练。</translation>
    </message>
    <message>
        <source>Wait until the import has finished.</source>
        <translation>请等待导入完成。</translation>
    </message>
    <message>
        <source>Wait until the evaluation has finished.</source>
        <translation>请等待评估完成。</translation>
    </message>
    <message>
        <source>Wait until the scan has finished, or cancel it.</source>
        <translation>请等待扫描完成，或取消扫描。</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Free some space or fix the folder&apos;s permissions and retry, or discard the unsaved changes.</source>
        <translation>无法保存项目：
%1

请释放一些空间或修正文件夹权限后重试，或放弃未保存的更改。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>The project could not be opened:
%1</source>
        <translation>无法打开项目：
%1</translation>
    </message>
    <message>
        <source>The project file cannot be read:
%1

Restore the last good version? The unreadable file is kept beside it.</source>
        <translation>无法读取项目文件：
%1

要恢复上一个完好版本吗？无法读取的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>The project could not be restored:
%1</source>
        <translation>无法恢复项目：
%1</translation>
    </message>
    <message>
        <source>Restored the last good version of the project file; the unreadable one is kept as %1</source>
        <translation>已恢复项目文件的上一个完好版本；无法读取的文件保留为 %1</translation>
    </message>
    <message>
        <source>%1 is read-only. You can look at the project, but changes cannot be saved.</source>
        <translation>%1 是只读的。你可以查看项目，但无法保存更改。</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n image(s)</source>
        <translation>
            <numerusform>已打开 %1：%n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>无项目</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>%1%2 — Hone</source>
        <translation>%1%2 — Hone</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Wait until the import has finished, or cancel it.</source>
        <translation>请等待导入完成，或取消导入。</translation>
    </message>
    <message>
        <source>Training is running. Stop it and quit? The run is saved as stopped.</source>
        <translation>训练正在进行。要停止训练并退出吗？该运行将保存为已停止。</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Data&amp;set</source>
        <translation>数据集(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hone</source>
        <translation>关于 Hone(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>About Hone</source>
        <translation>关于 Hone</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hone %1&lt;/h3&gt;&lt;p&gt;A workbench for transfer learning on small image datasets: label, train, inspect and export image classifiers.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hone %1&lt;/h3&gt;&lt;p&gt;面向小型图像数据集的迁移学习工作台：标注、训练、检查并导出图像分类器。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Hone::MapWorkspace</name>
    <message>
        <source>&amp;Compute Map</source>
        <translation>计算分布图(&amp;C)</translation>
    </message>
    <message>
        <source>Colour by label</source>
        <translation>按标签着色</translation>
    </message>
    <message>
        <source>Colour by suggestion</source>
        <translation>按建议着色</translation>
    </message>
    <message>
        <source>Colour by split</source>
        <translation>按子集着色</translation>
    </message>
    <message>
        <source>Colour by doctor&apos;s findings</source>
        <translation>按诊断结果着色</translation>
    </message>
    <message>
        <source>Place every image on the map again from its embedding</source>
        <translation>根据嵌入重新将每张图像放到分布图上</translation>
    </message>
    <message>
        <source>Drag to draw a lasso (Shift adds, Ctrl removes) · 1–9 label the selection, 0 clears · click opens an image · wheel zooms, right-drag pans, double-click shows all</source>
        <translation>拖动以绘制套索（Shift 添加，Ctrl 移除）· 1–9 标注所选项，0 清除 · 单击打开图像 · 滚轮缩放，右键拖动平移，双击显示全部</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected on the map: 1–9 label them</source>
        <translation>
            <numerusform>在分布图上选中了 %n 张图像：按 1–9 标注它们</numerusform>
        </translation>
    </message>
    <message>
        <source>The map is made from the images&apos; embeddings: switch on Dataset ▸ Show Suggested Labels to compute them.</source>
        <translation>分布图由图像的嵌入生成：请打开“数据集 ▸ 显示建议标签”来计算嵌入。</translation>
    </message>
    <message>
        <source>Waiting for the images&apos; embeddings…</source>
        <translation>正在等待图像的嵌入…</translation>
    </message>
    <message numerus="yes">
        <source>Placing %n image(s)…</source>
        <translation>
            <numerusform>正在放置 %n 张图像…</numerusform>
        </translation>
    </message>
    <message>
        <source>The map could not be computed: %1</source>
        <translation>无法计算分布图：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from %1 embeddings in %2 s: %3</source>
        <translation>
            <numerusform>%n 张图像，来自 %1 嵌入，用时 %2 s：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>(pale: suggested, not labeled)</source>
        <translation>（浅色：建议，未标注）</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>未划分</translation>
    </message>
    <message>
        <source>label issue</source>
        <translation>标签问题</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>离群点</translation>
    </message>
    <message>
        <source>image problem</source>
        <translation>图像问题</translation>
    </message>
    <message>
        <source>(no scan yet: run the Doctor)</source>
        <translation>（尚未扫描：请运行诊断）</translation>
    </message>
    <message>
        <source>No class %1</source>
        <translation>没有类别 %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared the labels of %n image(s)</source>
        <translation>
            <numerusform>已清除 %n 张图像的标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labeled %n image(s) as %1</source>
        <translation>
            <numerusform>已将 %n 张图像标注为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabeled (suggested: %1, %2 %)</source>
        <translation>未标注（建议：%1，%2 %）</translation>
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
        <translation>生成这些预测之后项目的图像已更改：请重新评估以查看。</translation>
    </message>
    <message>
        <source>%1 → %2  %3 %</source>
        <translation>%1 → %2  %3 %</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>现在：%1</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>未标注</translation>
    </message>
</context>
<context>
    <name>Hone::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Automatic (a GPU when there is one)</source>
        <translation>自动（有 GPU 时使用 GPU）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Default &amp;device for training:</source>
        <translation>默认训练设备(&amp;D)：</translation>
    </message>
    <message>
        <source>The new language applies when Hone starts next.</source>
        <translation>新语言将在 Hone 下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>Hone::Project</name>
    <message>
        <source>%1 already holds a Hone project</source>
        <translation>%1 中已有一个 Hone 项目</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>
The last good version is kept as %1 (saved %2).</source>
        <translation>
上一个完好版本保留为 %1（保存于 %2）。</translation>
    </message>
    <message>
        <source>the project folder %1 is read-only: changes cannot be saved</source>
        <translation>项目文件夹 %1 是只读的：无法保存更改</translation>
    </message>
</context>
<context>
    <name>Hone::ReliabilityDiagram</name>
    <message>
        <source>Per confidence bin: the share of right answers against the mean confidence. Bars below the diagonal are over-confident. Grey: the model&apos;s own softmax; blue: after temperature scaling.</source>
        <translation>每个置信度分箱：正确结果的比例与平均置信度的对比。低于对角线的柱表示过度自信。灰色：模型自身的 softmax；蓝色：温度缩放之后。</translation>
    </message>
</context>
<context>
    <name>Hone::RunHistoryPanel</name>
    <message>
        <source>&amp;Delete Run…</source>
        <translation>删除运行(&amp;D)…</translation>
    </message>
    <message>
        <source>Resu&amp;me Run</source>
        <translation>继续运行(&amp;M)</translation>
    </message>
    <message>
        <source>Save as &amp;Backbone…</source>
        <translation>另存为骨干网络(&amp;B)…</translation>
    </message>
    <message>
        <source>Save this finished run&apos;s network, without its classifier layer, as a backbone other projects can start from (.safetensors)</source>
        <translation>将此已完成运行的网络（不含分类层）保存为骨干网络，供其他项目作为起点（.safetensors）</translation>
    </message>
    <message>
        <source>Continue a stopped run from its last completed epoch, with its own settings</source>
        <translation>从最后完成的一轮继续已停止的运行，使用其原有设置</translation>
    </message>
    <message>
        <source>Check runs to draw their validation curves over the current ones.</source>
        <translation>勾选运行，将其验证曲线绘制在当前曲线之上。</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Run %1 (%2 epochs recorded)</source>
        <translation>运行 %1（已记录 %2 轮）</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Delete run %1 with its weights and metrics? This cannot be undone.</source>
        <translation>删除运行 %1 及其权重和指标？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Save as Backbone</source>
        <translation>另存为骨干网络</translation>
    </message>
    <message>
        <source>Safetensors weights (*.safetensors)</source>
        <translation>Safetensors 权重 (*.safetensors)</translation>
    </message>
    <message>
        <source>Saved %1.

In another project, choose it as the %2 weights with the … button next to Weights in the Train view.</source>
        <translation>已保存 %1。

在其他项目中，通过训练视图中“权重”旁边的 … 按钮将其选为 %2 权重。</translation>
    </message>
    <message>
        <source>  best %1, epoch %2</source>
        <translation>  最佳 %1，第 %2 轮</translation>
    </message>
</context>
<context>
    <name>Hone::SplitDialog</name>
    <message>
        <source>Split Dataset</source>
        <translation>划分数据集</translation>
    </message>
    <message>
        <source>Every class is split in these proportions (stratified). The same seed gives the same split; unlabeled images are left out.</source>
        <translation>每个类别都按这些比例划分（分层）。相同的随机种子得到相同的划分；未标注图像不参与。</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>训练集(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>验证集(&amp;V)：</translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation>测试集(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Hone::TrainWorkspace</name>
    <message>
        <source>Export Model</source>
        <translation>导出模型</translation>
    </message>
    <message>
        <source>Normalise inside the model: it takes RGB pixel values 0–255</source>
        <translation>在模型内归一化：模型接受 0–255 的 RGB 像素值</translation>
    </message>
    <message>
        <source>The graph does the mean/std normalisation itself, so a consumer only resizes and feeds the pixels as float32 (N×3×S×S). The metadata and the model card say so.</source>
        <translation>计算图自行完成 mean/std 归一化，因此使用方只需缩放图像并以 float32（N×3×S×S）输入像素。元数据和模型卡中都有说明。</translation>
    </message>
    <message>
        <source>Softmax inside the model: it outputs probabilities</source>
        <translation>在模型内做 softmax：模型输出概率</translation>
    </message>
    <message>
        <source>Exporting run %1 to %2…</source>
        <translation>正在将运行 %1 导出到 %2…</translation>
    </message>
    <message>
        <source>Exported %1: %2</source>
        <translation>已导出 %1：%2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Wrote %1 and its model card %2

%3</source>
        <translation>已写入 %1 及其模型卡 %2

%3</translation>
    </message>
    <message>
        <source>Bal&amp;ance classes in the loss</source>
        <translation>在损失中平衡类别(&amp;A)</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>翻转</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>TrivialAugment</source>
        <translation>TrivialAugment</translation>
    </message>
    <message>
        <source>&amp;Cache the frozen stages&apos; output</source>
        <translation>缓存冻结阶段的输出(&amp;C)</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>verb: start training a model</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export Model…</source>
        <translation>导出模型(&amp;E)…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic: 4 to 32, about 16 steps an epoch (small datasets learn faster from more, smaller steps)</source>
        <translation>自动：4 到 32，每轮约 16 步（小数据集用更多、更小的步学得更快）</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>余弦衰减</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>One-cycle</translation>
    </message>
    <message>
        <source>Step (×0.1 at ½ and ¾)</source>
        <translation>阶梯（在 ½ 和 ¾ 处 ×0.1）</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Automatic (mixed FP16 on a GPU)</source>
        <translation>自动（GPU 上使用混合 FP16）</translation>
    </message>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>Mixed FP16 (CUDA)</source>
        <translation>混合 FP16（CUDA）</translation>
    </message>
    <message>
        <source>Mixed BF16</source>
        <translation>混合 BF16</translation>
    </message>
    <message>
        <source>Mixed precision runs the network in 16-bit floats and keeps the weights in 32-bit: faster on GPUs. BF16 also runs on CPUs with AVX-512 BF16.</source>
        <translation>混合精度以 16 位浮点数运行网络，并以 32 位保存权重：在 GPU 上更快。BF16 也可在支持 AVX-512 BF16 的 CPU 上运行。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Backbone:</source>
        <translation>骨干网络(&amp;B)：</translation>
    </message>
    <message>
        <source>Custom: train from the freeze depth on</source>
        <translation>自定义：从冻结深度开始训练</translation>
    </message>
    <message>
        <source>Feature extraction: the head only</source>
        <translation>特征提取：只训练分类头</translation>
    </message>
    <message>
        <source>Fine-tune: the head first, then the stages</source>
        <translation>微调：先训练分类头，再训练各阶段</translation>
    </message>
    <message>
        <source>Fine-tune trains the new head alone for a fifth of the epochs, then unfreezes the stages from the freeze depth on, each earlier stage at half the rate of the next (LP-FT).</source>
        <translation>微调先单独训练新的分类头，占总轮数的五分之一，然后从冻结深度起解冻各阶段，每个较早阶段的学习率为其后一阶段的一半（LP-FT）。</translation>
    </message>
    <message>
        <source>Reci&amp;pe:</source>
        <translation>方案(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>轮数(&amp;E)：</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>批大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>寻找…</translation>
    </message>
    <message>
        <source>Run a learning-rate range test and suggest a rate</source>
        <translation>运行学习率范围测试并建议一个学习率</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>优化器(&amp;O)：</translation>
    </message>
    <message>
        <source>LR sc&amp;hedule:</source>
        <translation>学习率调度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Image size:</source>
        <translation>图像尺寸(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Precisio&amp;n:</source>
        <translation>精度(&amp;N)：</translation>
    </message>
    <message>
        <source>Flip training images horizontally at random</source>
        <translation>随机水平翻转训练图像</translation>
    </message>
    <message>
        <source>With frozen stages, compute their output once per image (and flip) and train the rest from it: the same training, many times faster. Kept in the project&apos;s cache folder for later runs.</source>
        <translation>有冻结阶段时，每张图像（及其翻转）只计算一次冻结阶段的输出，并在此基础上训练其余部分：训练结果相同，速度快很多倍。结果保存在项目的缓存文件夹中，供以后的运行使用。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> epochs without progress</source>
        <translation> 轮无改进</translation>
    </message>
    <message>
        <source>Stop when validation accuracy has not improved for this many epochs. Either way the best epoch&apos;s weights are kept.</source>
        <translation>当验证准确率在这么多轮内没有提升时停止。无论如何都会保留最佳一轮的权重。</translation>
    </message>
    <message>
        <source>Soften the targets: helps when some labels may be wrong</source>
        <translation>软化目标：在部分标签可能有误时有帮助</translation>
    </message>
    <message>
        <source>Weight each class by the inverse of its share of the training images</source>
        <translation>按每个类别在训练图像中所占比例的倒数为其加权</translation>
    </message>
    <message>
        <source>Earl&amp;y stop:</source>
        <translation>早停(&amp;Y)：</translation>
    </message>
    <message>
        <source>Label smoothin&amp;g:</source>
        <translation>标签平滑(&amp;G)：</translation>
    </message>
    <message>
        <source>A random 35–100 % of the image, scaled back to the input size</source>
        <translation>随机取图像的 35–100 %，再缩放回输入尺寸</translation>
    </message>
    <message>
        <source>Rotate by up to 15° either way</source>
        <translation>向任一方向最多旋转 15°</translation>
    </message>
    <message>
        <source>Vary brightness, contrast and saturation by up to 30 %</source>
        <translation>亮度、对比度和饱和度最多变化 30 %</translation>
    </message>
    <message>
        <source>One of 14 operations at a random strength per image (TrivialAugment)</source>
        <translation>每张图像随机采用 14 种操作之一，强度随机（TrivialAugment）</translation>
    </message>
    <message>
        <source>Augment:</source>
        <translation>数据增强：</translation>
    </message>
    <message>
        <source>Hold training after the current batch; press again to continue</source>
        <translation>在当前批次之后暂停训练；再次按下继续</translation>
    </message>
    <message>
        <source>epoch %v of %m</source>
        <translation>第 %v / %m 轮</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>运行记录(&amp;U)</translation>
    </message>
    <message>
        <source>Show row &amp;percentages</source>
        <translation>显示行百分比(&amp;P)</translation>
    </message>
    <message>
        <source>Show the &amp;best epoch</source>
        <translation>显示最佳轮次(&amp;B)</translation>
    </message>
    <message>
        <source>After training: the best epoch&apos;s validation matrix instead of the last one&apos;s.</source>
        <translation>训练结束后：显示最佳一轮而不是最后一轮的验证混淆矩阵。</translation>
    </message>
    <message>
        <source>Run %1 started</source>
        <translation>运行 %1 已开始</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>The chosen weights are not on this computer yet. Download them now?</source>
        <translation>所选权重尚未在此计算机上。现在下载吗？</translation>
    </message>
    <message>
        <source>Assigned %1 labeled images to train/validation (80/20 per class)</source>
        <translation>已将 %1 张已标注图像分配到训练集/验证集（每个类别 80/20）</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Resuming run %1…</source>
        <translation>正在继续运行 %1…</translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2</source>
        <translation>在 %1 张图像上训练，在 %2 张图像上验证</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pausing before the next training batch.</source>
        <translation>将在下一训练批次之前暂停。</translation>
    </message>
    <message>
        <source>Continuing.</source>
        <translation>继续中。</translation>
    </message>
    <message>
        <source>Training paused</source>
        <translation>训练已暂停</translation>
    </message>
    <message>
        <source>Training continues</source>
        <translation>训练继续</translation>
    </message>
    <message>
        <source>Find a Learning Rate</source>
        <translation>寻找学习率</translation>
    </message>
    <message>
        <source>Learning rate set to %1 by the range test</source>
        <translation>学习率已由范围测试设为 %1</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>将在此批次之后停止…</translation>
    </message>
    <message>
        <source>epoch %1/%2  train loss %3, accuracy %4 %  ·  validation loss %5, accuracy %6 %  (%7 s)</source>
        <translation>第 %1/%2 轮  训练损失 %3，准确率 %4 %  ·  验证损失 %5，准确率 %6 %  （%7 s）</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>运行 %1 %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>训练 %1</translation>
    </message>
    <message>
        <source>St&amp;op Training</source>
        <translation>停止训练(&amp;O)</translation>
    </message>
    <message>
        <source>Validation, best epoch %1 of %2: accuracy %3</source>
        <translation>验证集，最佳为第 %1 / %2 轮：准确率 %3</translation>
    </message>
    <message>
        <source>Validation, epoch %1 of %2: accuracy %3</source>
        <translation>验证集，第 %1 / %2 轮：准确率 %3</translation>
    </message>
    <message>
        <source>Auto: chosen from your images</source>
        <translation>Auto：根据您的图像选择</translation>
    </message>
    <message>
        <source>Auto chose: %1. %2</source>
        <translation>Auto 的选择：%1。%2</translation>
    </message>
</context>
<context>
    <name>Hone::Trainer</name>
    <message>
        <source>out of memory. Try a smaller batch size or image size, or freeze more stages.</source>
        <translation>内存不足。请尝试更小的批大小或图像尺寸，或冻结更多阶段。</translation>
    </message>
    <message>
        <source>the device ran out of memory (%1). Try a smaller batch size or image size, or freeze more stages.</source>
        <translation>设备内存不足（%1）。请尝试更小的批大小或图像尺寸，或冻结更多阶段。</translation>
    </message>
    <message>
        <source>precision %1 on %2: %3</source>
        <translation>%2 上的精度 %1：%3</translation>
    </message>
    <message>
        <source>the project&apos;s labeled images or splits changed since run %1; resuming needs the data it started with</source>
        <translation>自运行 %1 以来，项目的已标注图像或子集划分已更改；继续运行需要其开始时的数据</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 cannot be read: %2</source>
        <translation>无法读取运行 %1 的检查点：%2</translation>
    </message>
    <message>
        <source>Resuming run %1 after epoch %2</source>
        <translation>在第 %2 轮之后继续运行 %1</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>权重：%1</translation>
    </message>
    <message>
        <source>Decoding %1 images at %2 px…</source>
        <translation>正在以 %2 px 解码 %1 张图像…</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>training needs at least two decodable training images and one validation image</source>
        <translation>训练至少需要两张可解码的训练图像和一张验证图像</translation>
    </message>
    <message>
        <source>Batch size %1 (automatic: about 16 steps an epoch for %2 training images)</source>
        <translation>批大小 %1（自动：%2 张训练图像每轮约 16 步）</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 does not match its images</source>
        <translation>运行 %1 的检查点与其图像不匹配</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 does not match its network</source>
        <translation>运行 %1 的检查点与其网络不匹配</translation>
    </message>
    <message>
        <source>The best epoch&apos;s weights of run %1 cannot be read; the last epoch&apos;s will be kept</source>
        <translation>无法读取运行 %1 最佳一轮的权重；将保留最后一轮的权重</translation>
    </message>
    <message>
        <source>the head</source>
        <translation>分类头</translation>
    </message>
    <message>
        <source>%1 to the head</source>
        <translation>%1 至分类头</translation>
    </message>
    <message>
        <source>Phase %1 of %2, %3 epoch(s): training %4%5</source>
        <translation>训练阶段 %1/%2，%3 轮：训练 %4%5</translation>
    </message>
    <message>
        <source>, each earlier stage at %1× the rate of the next</source>
        <translation>，每个较早阶段的学习率为后一阶段的 %1×</translation>
    </message>
    <message>
        <source>Training %1 of %2 parameters on %3, %4%5</source>
        <translation>在 %3 上训练 %2 个参数中的 %1 个，%4%5</translation>
    </message>
    <message>
        <source>, channels last</source>
        <translation>，channels last</translation>
    </message>
    <message>
        <source>Epoch %1: %2 step(s) skipped, their fp16 gradients overflowed (loss scale now %3)</source>
        <translation>第 %1 轮：跳过了 %2 步，其 fp16 梯度溢出（损失缩放现为 %3）</translation>
    </message>
    <message>
        <source>Could not write the checkpoint of epoch %1: %2</source>
        <translation>无法写入第 %1 轮的检查点：%2</translation>
    </message>
    <message>
        <source>Early stop after epoch %1: no better %2 for %3 epochs</source>
        <translation>第 %1 轮后早停：%3 轮内 %2 没有改善</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>The last checkpoint cannot be read: %1</source>
        <translation>无法读取最后一个检查点：%1</translation>
    </message>
    <message>
        <source>Kept the weights of epoch %1, the best (validation accuracy %2 %, loss %3)</source>
        <translation>保留了第 %1 轮（最佳）的权重（验证准确率 %2 %，损失 %3）</translation>
    </message>
    <message>
        <source>cannot move the weights into place in %1</source>
        <translation>无法将权重移到 %1 中的位置</translation>
    </message>
    <message>
        <source>there is no run %1 to resume</source>
        <translation>没有可继续的运行 %1</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation>无法继续运行 %1：%2</translation>
    </message>
    <message>
        <source>run %1 has finished; there is nothing to resume</source>
        <translation>运行 %1 已完成；没有可继续的内容</translation>
    </message>
    <message>
        <source>run %1 has no checkpoint: it ended before its first epoch did</source>
        <translation>运行 %1 没有检查点：它在第一轮完成之前就结束了</translation>
    </message>
</context>
<context>
    <name>Hone::TrainingPlots</name>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>批次损失</translation>
    </message>
    <message>
        <source>batch loss, smoothed</source>
        <translation>批次损失（平滑）</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>&amp;Log-scale loss</source>
        <translation>损失使用对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Save &amp;Plots…</source>
        <translation>保存图表(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;Numbers…</source>
        <translation>导出数值(&amp;N)…</translation>
    </message>
    <message>
        <source>Save Plots</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation>导出数值</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>run %1, validation loss</source>
        <translation>运行 %1，验证损失</translation>
    </message>
    <message>
        <source>run %1, validation accuracy</source>
        <translation>运行 %1，验证准确率</translation>
    </message>
    <message>
        <source>%1
epoch %2: %3</source>
        <translation>%1
第 %2 轮：%3</translation>
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
        <translation>项目中还没有类别</translation>
    </message>
    <message>
        <source>The project cannot be changed</source>
        <translation>无法更改项目</translation>
    </message>
    <message>
        <source>This image is in the dataset now, as %1</source>
        <translation>此图像现已在数据集中，为 %1</translation>
    </message>
    <message>
        <source>The model&apos;s class “%1” is not a class of this project: choose one under “Wrong? It is …”</source>
        <translation>模型的类别“%1”不是此项目的类别：请在“错了？它是 …”下选择一个</translation>
    </message>
    <message>
        <source>Add the image to the dataset as %1 (Enter)</source>
        <translation>将图像以 %1 添加到数据集（Enter）</translation>
    </message>
    <message>
        <source>Add the image to the dataset with the predicted class (Enter)</source>
        <translation>将图像以预测的类别添加到数据集（Enter）</translation>
    </message>
    <message>
        <source>Add the image to the dataset with the class it really is (keys 1–9)</source>
        <translation>将图像以其真实类别添加到数据集（按键 1–9）</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added since the last run</source>
        <translation>
            <numerusform>自上次运行以来添加了 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation>添加到数据集</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The picture cannot be encoded.</source>
        <translation>无法编码图片。</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 未添加：%2</translation>
    </message>
    <message>
        <source>Added %1 to the dataset as %2</source>
        <translation>已将 %1 以 %2 添加到数据集</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no image files.</source>
        <translation>剪贴板中没有图片，也没有图像文件。</translation>
    </message>
    <message>
        <source>No images there (Hone reads JPEG, PNG, BMP, TIFF and WebP).</source>
        <translation>那里没有图像（Hone 可读取 JPEG、PNG、BMP、TIFF 和 WebP）。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 images.</source>
        <translation>显示 %2 张图像中的前 %1 张。</translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation>图片为空。</translation>
    </message>
    <message>
        <source>camera frame</source>
        <translation>摄像头画面</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>The camera cannot be started: %1</source>
        <translation>无法启动摄像头：%1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>✓ added</source>
        <translation>✓ 已添加</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Drop an image to try the model</source>
        <translation>拖放一张图像来试用模型</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>正在预测…</translation>
    </message>
    <message>
        <source>This image cannot be used: %1</source>
        <translation>无法使用此图像：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt; — none of these (best guess: %1, %2; the image is unlike every class the model learnt)</source>
        <translation>&lt;b&gt;未知&lt;/b&gt; — 都不是（最佳猜测：%1，%2；该图像与模型学过的每个类别都不像）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt; — none of these (best guess: %1, %2)</source>
        <translation>&lt;b&gt;未知&lt;/b&gt; — 都不是（最佳猜测：%1，%2）</translation>
    </message>
    <message>
        <source>Confidence %1 (this model has no calibration: the softmax as it is)</source>
        <translation>置信度 %1（此模型没有校准：即原始 softmax）</translation>
    </message>
    <message>
        <source>Calibrated confidence %1 (the network&apos;s own softmax said %2)</source>
        <translation>校准后置信度 %1（网络自身的 softmax 为 %2）</translation>
    </message>
    <message>
        <source>Cannot write %1 for Grad-CAM</source>
        <translation>无法为 Grad-CAM 写入 %1</translation>
    </message>
    <message>
        <source>Unknown below %1</source>
        <translation>低于 %1 时判为未知</translation>
    </message>
    <message>
        <source>Unknown below %1 (keeps %2 of correct validation predictions)</source>
        <translation>低于 %1 时判为未知（保留 %2 的正确验证预测）</translation>
    </message>
    <message>
        <source>Unknown below %1 (the model&apos;s own threshold; it has no calibration)</source>
        <translation>低于 %1 时判为未知（模型自身的阈值；它没有校准）</translation>
    </message>
    <message>
        <source>Unknown below %1 (the model&apos;s own: %2)</source>
        <translation>低于 %1 时判为未知（模型自身的值：%2）</translation>
    </message>
    <message>
        <source>Overlay the Grad-CAM heat map: where the evidence for the class lies</source>
        <translation>叠加 Grad-CAM 热力图：该类别证据所在的位置</translation>
    </message>
    <message>
        <source>Grad-CAM needs a run of this project; a model file is not explained here</source>
        <translation>Grad-CAM 需要此项目的运行；此处不解释模型文件</translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation>摄像头已停止：%1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The model to use: a finished run of this project, or an exported model file</source>
        <translation>要使用的模型：此项目中已完成的运行，或导出的模型文件</translation>
    </message>
    <message>
        <source>Open &amp;Images…</source>
        <translation>打开图像(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose image files to predict; you can also drop files or a folder here, or paste a picture with Ctrl+V</source>
        <translation>选择要预测的图像文件；也可以将文件或文件夹拖放到这里，或用 Ctrl+V 粘贴图片</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Drop images or a folder here, paste a picture (Ctrl+V), or open images.</source>
        <translation>将图像或文件夹拖放到这里、粘贴图片（Ctrl+V），或打开图像。</translation>
    </message>
    <message>
        <source>A prediction whose calibrated confidence is below this is reported as unknown</source>
        <translation>校准后置信度低于此值的预测报告为未知</translation>
    </message>
    <message>
        <source>&amp;Grad-CAM: show where the model looks</source>
        <translation>Grad-CAM：显示模型关注的位置(&amp;G)</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Wrong? It is …</source>
        <translation>错了？它是 …</translation>
    </message>
    <message>
        <source>Enter: right · 1–9: it is that class. Either adds the image to the dataset with that label (undo takes it out again).</source>
        <translation>Enter：正确 · 1–9：是该类别。两者都会将图像以该标签添加到数据集（撤销可再次移除）。</translation>
    </message>
    <message>
        <source>Retrai&amp;n</source>
        <translation>重新训练(&amp;N)</translation>
    </message>
    <message>
        <source>Train a new run with the Train workspace&apos;s settings, on the dataset with the added images</source>
        <translation>使用训练工作区的设置，在添加了图像的数据集上训练新的运行</translation>
    </message>
    <message>
        <source>Is it right?</source>
        <translation>预测正确吗？</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>图像 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 validation accuracy</source>
        <translation>运行 %1 · %2 · 验证准确率 %3</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>模型文件…</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Hone models (*.pt *.onnx)</source>
        <translation>Hone 模型 (*.pt *.onnx)</translation>
    </message>
    <message>
        <source>No finished run yet: train one in the Train workspace, or choose a model file.</source>
        <translation>尚无已完成的运行：请在训练工作区中训练一个，或选择模型文件。</translation>
    </message>
    <message>
        <source>The model cannot be used: %1</source>
        <translation>无法使用该模型：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n class(es) · %2 px</source>
        <translation>
            <numerusform>%1 · %n 个类别 · %2 px</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::WeightDownloader</name>
    <message>
        <source>Invalid SHA-256 &quot;%1&quot; for %2: it needs 8 to 64 hex digits.</source>
        <translation>%2 的 SHA-256 &quot;%1&quot; 无效：它需要 8 到 64 个十六进制数字。</translation>
    </message>
    <message>
        <source>Invalid file name &quot;%1&quot; for the weights cache.</source>
        <translation>权重缓存的文件名 &quot;%1&quot; 无效。</translation>
    </message>
    <message>
        <source>Invalid download address for %1.</source>
        <translation>%1 的下载地址无效。</translation>
    </message>
    <message>
        <source>Cannot create the weights cache folder %1.</source>
        <translation>无法创建权重缓存文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Download of %1 cancelled.</source>
        <translation>已取消下载 %1。</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>HTTP %1 %2，来自 %3</translation>
    </message>
    <message>
        <source>No data from %1 for %2 seconds; the download stopped after %3 bytes.</source>
        <translation>%2 秒内没有收到来自 %1 的数据；下载在 %3 字节后停止。</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>Connection dropped after %1 of %2 bytes from %3 (%4).</source>
        <translation>从 %3 接收 %2 字节中的 %1 字节后连接中断（%4）。</translation>
    </message>
    <message>
        <source>Connection dropped after %1 bytes from %2 (%3).</source>
        <translation>从 %2 接收 %1 字节后连接中断（%3）。</translation>
    </message>
    <message>
        <source>SHA-256 checksum mismatch for %1 from %2: expected %3, got %4.</source>
        <translation>%1（来自 %2）的 SHA-256 校验和不匹配：应为 %3，实际为 %4。</translation>
    </message>
    <message>
        <source>Cannot move the download into %1: %2</source>
        <translation>无法将下载的文件移到 %1：%2</translation>
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
        <translation>Windows 图标 (ICO)</translation>
    </message>
    <message>
        <source>Canon raw (CR2)</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>Canon RAW (CR2)</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <source>HTML page</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>HTML 页面</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>cannot be read completely: %1</source>
        <translation>无法完整读取：%1</translation>
    </message>
    <message>
        <source>the content is not a JPEG, PNG, BMP, TIFF or WebP image</source>
        <translation>内容不是 JPEG、PNG、BMP、TIFF 或 WebP 图像</translation>
    </message>
    <message>
        <source>this is a %1 file, not a JPEG, PNG, BMP, TIFF or WebP image</source>
        <translation>该文件是 %1，而不是 JPEG、PNG、BMP、TIFF 或 WebP 图像</translation>
    </message>
    <message>
        <source>the %1 header is damaged: it gives no valid image size</source>
        <translation>%1 文件头已损坏：没有给出有效的图像尺寸</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is more than the limit of %3 megapixels</source>
        <translation>%1 × %2 像素超过了 %3 百万像素的上限</translation>
    </message>
    <message>
        <source>the JPEG data is truncated</source>
        <translation>JPEG 数据不完整</translation>
    </message>
    <message>
        <source>animated WebP: only still images are supported</source>
        <translation>动态 WebP：仅支持静态图像</translation>
    </message>
    <message>
        <source>%1-bit float TIFF is not supported (32- and 64-bit are)</source>
        <translation>不支持 %1 位浮点 TIFF（支持 32 位和 64 位）</translation>
    </message>
    <message>
        <source>the %1 data cannot be decoded: %2</source>
        <translation>无法解码 %1 数据：%2</translation>
    </message>
    <message>
        <source>the %1 data is damaged or truncated</source>
        <translation>%1 数据已损坏或不完整</translation>
    </message>
    <message>
        <source>cannot be resized: %1</source>
        <translation>无法缩放：%1</translation>
    </message>
    <message>
        <source>cannot encode the thumbnail</source>
        <translation>无法编码缩略图</translation>
    </message>
    <message>
        <source>cannot make the thumbnail: %1</source>
        <translation>无法生成缩略图：%1</translation>
    </message>
</context>
<context>
    <name>ImageSet</name>
    <message>
        <source>%1 images at %2 px take %3 GB decoded, more than the %4 GB of memory there is for them; choose a smaller image size or fewer images (HONE_IMAGE_MEMORY_MB sets the limit)</source>
        <translation>%1 张图像在 %2 px 下解码后占用 %3 GB，超过了可用于它们的 %4 GB 内存；请选择更小的图像尺寸或更少的图像（HONE_IMAGE_MEMORY_MB 设置该上限）</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>cannot be read completely</source>
        <translation>无法完整读取</translation>
    </message>
    <message>
        <source>%1 MB is far larger than any label file; it is not read</source>
        <translation>%1 MB 远大于任何标签文件；不予读取</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>the row has no image path</source>
        <translation>该行没有图像路径</translation>
    </message>
    <message>
        <source>listed in %1 but does not exist</source>
        <translation>列在 %1 中，但不存在</translation>
    </message>
    <message>
        <source>listed in %1 but is not an image file type</source>
        <translation>列在 %1 中，但不是图像文件类型</translation>
    </message>
    <message>
        <source>listed in %1 with the split &apos;%2&apos; (expected train, val, test or nothing)</source>
        <translation>在 %1 中列出的子集为 &apos;%2&apos;（应为 train、val、test 或留空）</translation>
    </message>
    <message>
        <source>cannot copy into the project: %1</source>
        <translation>无法复制到项目中：%1</translation>
    </message>
    <message>
        <source>cannot move the copy into place</source>
        <translation>无法将副本移到位</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is not a CSV file</source>
        <translation>不是 CSV 文件</translation>
    </message>
    <message>
        <source>is not an image file type (%1)</source>
        <translation>不是图像文件类型（%1）</translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>无法读取该文件夹</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>the file name is not UTF-8, so the project cannot refer to it where it is: rename it, or import with copying</source>
        <translation>文件名不是 UTF-8，因此项目无法在原处引用它：请重命名，或以复制方式导入</translation>
    </message>
    <message>
        <source>cannot be referenced from this project&apos;s drive; copy it instead</source>
        <translation>无法从此项目所在的驱动器引用；请改为复制</translation>
    </message>
</context>
<context>
    <name>LrFinder</name>
    <message>
        <source>the range test needs 0 &lt; minimum rate &lt; maximum rate and at least 5 steps</source>
        <translation>范围测试需要 0 &lt; 最小学习率 &lt; 最大学习率，且至少 5 步</translation>
    </message>
    <message>
        <source>precision %1 on %2: %3</source>
        <translation>%2 上的精度 %1：%3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the range test needs at least two decodable training images</source>
        <translation>范围测试至少需要两张可解码的训练图像</translation>
    </message>
    <message>
        <source>the range test failed: %1</source>
        <translation>范围测试失败：%1</translation>
    </message>
    <message>
        <source>the loss diverged at once: lower the minimum rate</source>
        <translation>损失立即发散：请降低最小学习率</translation>
    </message>
</context>
<context>
    <name>ModelExporter</name>
    <message numerus="yes">
        <source> (%n image(s) with two all but tied classes changed places)</source>
        <translation>
            <numerusform>（%n 张图像中两个几乎并列的类别交换了位置）</numerusform>
        </translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>verified with %1 on %2 images: top-1 agreement %3 %, max |Δ%4| %5</source>
        <translation>已使用 %1 在 %2 张图像上验证：top-1 一致率 %3 %，最大 |Δ%4| %5</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>logit</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>the written file does not load in %1: %2</source>
        <translation>写入的文件无法在 %1 中加载：%2</translation>
    </message>
    <message>
        <source>no image to verify the export with; use --no-verify to skip the check</source>
        <translation>没有可用于验证导出结果的图像；使用 --no-verify 跳过检查</translation>
    </message>
    <message>
        <source>the exported model has %1 outputs instead of %2</source>
        <translation>导出的模型有 %1 个输出，而不是 %2 个</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>验证失败：%1</translation>
    </message>
    <message>
        <source>the exported model predicts differently: %1</source>
        <translation>导出的模型预测结果不同：%1</translation>
    </message>
</context>
<context>
    <name>ModelMetadata</name>
    <message>
        <source>model metadata: temperature %1 is not a positive number</source>
        <translation>模型元数据：温度 %1 不是正数</translation>
    </message>
    <message>
        <source>model metadata: fewer than two class names</source>
        <translation>模型元数据：类别名称少于两个</translation>
    </message>
    <message>
        <source>model metadata: input.imageSize %1 is not a usable input size</source>
        <translation>模型元数据：input.imageSize %1 不是可用的输入尺寸</translation>
    </message>
    <message>
        <source>model metadata: input.mean and input.std need three values</source>
        <translation>模型元数据：input.mean 和 input.std 需要三个值</translation>
    </message>
    <message>
        <source>model metadata: channel order &apos;%1&apos; is not supported</source>
        <translation>模型元数据：不支持通道顺序 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>model metadata: input.std must be positive</source>
        <translation>模型元数据：input.std 必须为正数</translation>
    </message>
</context>
<context>
    <name>OnnxClassifier</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an ONNX model</source>
        <translation>%1 不是 ONNX 模型</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot load %1: %2</source>
        <translation>OpenCV DNN 无法加载 %1：%2</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot load %1</source>
        <translation>OpenCV DNN 无法加载 %1</translation>
    </message>
    <message>
        <source>the ONNX model returned an output of unexpected shape</source>
        <translation>ONNX 模型返回的输出形状不符合预期</translation>
    </message>
</context>
<context>
    <name>OnnxExporter</name>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>无法构建 ONNX 计算图：%1</translation>
    </message>
    <message>
        <source>cannot serialise the ONNX model</source>
        <translation>无法序列化 ONNX 模型</translation>
    </message>
</context>
<context>
    <name>Predictor</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：没有此文件</translation>
    </message>
    <message>
        <source>%1 carries no Hone metadata (inside the model or in %1.json beside it)</source>
        <translation>%1 不含 Hone 元数据（既不在模型内，也不在其旁边的 %1.json 中）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>metadata is not JSON</source>
        <translation>元数据不是 JSON</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>图像为空</translation>
    </message>
    <message>
        <source>the model failed: %1</source>
        <translation>模型运行失败：%1</translation>
    </message>
    <message>
        <source>the model has %1 outputs but its metadata names %2 classes</source>
        <translation>模型有 %1 个输出，但其元数据列出了 %2 个类别</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>schemaVersion: missing or not a number</source>
        <translation>schemaVersion：缺失或不是数字</translation>
    </message>
    <message>
        <source>schemaVersion: %1 is newer than this version of Hone understands (%2)</source>
        <translation>schemaVersion：%1 比此版本 Hone 能理解的版本（%2）更新</translation>
    </message>
    <message>
        <source>classes: not an array</source>
        <translation>classes：不是数组</translation>
    </message>
    <message>
        <source>: not an object</source>
        <translation>：不是对象</translation>
    </message>
    <message>
        <source>.id: missing or not a number</source>
        <translation>.id：缺失或不是数字</translation>
    </message>
    <message>
        <source>.id: %1 is negative or used twice</source>
        <translation>.id：%1 为负数或被重复使用</translation>
    </message>
    <message>
        <source>.name: empty or used twice</source>
        <translation>.name：为空或被重复使用</translation>
    </message>
    <message>
        <source>images: not an array</source>
        <translation>images：不是数组</translation>
    </message>
    <message>
        <source>.path: &apos;%1&apos; is not a relative path in normal form</source>
        <translation>.path：&apos;%1&apos; 不是规范形式的相对路径</translation>
    </message>
    <message>
        <source>.path: &apos;%1&apos; is listed twice</source>
        <translation>.path：&apos;%1&apos; 被列出两次</translation>
    </message>
    <message>
        <source>.label: unknown class id %1</source>
        <translation>.label：未知的类别 id %1</translation>
    </message>
    <message>
        <source>.label: not a class id</source>
        <translation>.label：不是类别 id</translation>
    </message>
    <message>
        <source>.split: &apos;%1&apos; is not train, val or test</source>
        <translation>.split：&apos;%1&apos; 不是 train、val 或 test</translation>
    </message>
    <message>
        <source>.reviewed: not a list</source>
        <translation>.reviewed：不是列表</translation>
    </message>
    <message>
        <source>.reviewed: not a list of names</source>
        <translation>.reviewed：不是名称列表</translation>
    </message>
    <message>
        <source>the backup cannot be used either: %1</source>
        <translation>备份也无法使用：%1</translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation>没有备份 %1</translation>
    </message>
    <message>
        <source>cannot move the damaged %1 aside</source>
        <translation>无法将已损坏的 %1 移到一旁</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 MB is far larger than any project file; it is not read</source>
        <translation>%1：%2 MB 远大于任何项目文件；不予读取</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1：偏移 %2 处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation>%1：顶层不是 JSON 对象</translation>
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
        <translation>轮</translation>
    </message>
</context>
<context>
    <name>ReliabilityDiagram</name>
    <message>
        <source>Calibration: evaluate a run to see it.</source>
        <translation>校准：评估一个运行后即可查看。</translation>
    </message>
    <message>
        <source>Calibration on %1 images: ECE %2 % → %3 % (T = %4)</source>
        <translation>在 %1 张图像上的校准：ECE %2 % → %3 %（T = %4）</translation>
    </message>
    <message>
        <source>confidence · share right: grey before, blue after</source>
        <translation>置信度 · 正确比例：灰色为校准前，蓝色为校准后</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>interrupted</source>
        <extracomment>the application ended while the run was training</extracomment>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>无法创建运行文件夹 %1</translation>
    </message>
    <message>
        <source>no run &apos;%1&apos; in this project</source>
        <translation>此项目中没有运行 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this project has no finished training run; train first</source>
        <translation>此项目没有已完成的训练运行；请先训练</translation>
    </message>
    <message>
        <source>the run is being trained by another process (%1, process %2 on %3)</source>
        <translation>该运行正由另一个进程训练（%1，%3 上的进程 %2）</translation>
    </message>
    <message>
        <source>cannot lock the run folder %1</source>
        <translation>无法锁定运行文件夹 %1</translation>
    </message>
    <message>
        <source>cannot delete %1 completely</source>
        <translation>无法完全删除 %1</translation>
    </message>
    <message>
        <source>run %1: run.json gives no valid image size</source>
        <translation>运行 %1：run.json 没有给出有效的图像尺寸</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
</context>
<context>
    <name>SplitText</name>
    <message>
        <source>train</source>
        <extracomment>the training split, short (shown on image tiles)</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <source>val</source>
        <extracomment>the validation split, short (shown on image tiles)</extracomment>
        <translation>验证</translation>
    </message>
    <message>
        <source>test</source>
        <extracomment>the test split (noun), short (shown on image tiles)</extracomment>
        <translation>测试</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>the training split, as named in a sentence (&quot;on the training split&quot;)</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <extracomment>the validation split, as named in a sentence (&quot;on the validation split&quot;)</extracomment>
        <translation>验证</translation>
    </message>
    <message>
        <source>test</source>
        <comment>sentence</comment>
        <extracomment>the test split, as named in a sentence (&quot;on the test split&quot;)</extracomment>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>TorchScriptExporter</name>
    <message>
        <source>TorchScript model (*.pt)</source>
        <translation>TorchScript 模型 (*.pt)</translation>
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
        <translation>在 %1 张验证图像上校准：温度 %2，期望校准误差 %3 % → %4 %</translation>
    </message>
    <message>
        <source>Not calibrated: %1</source>
        <translation>未校准：%1</translation>
    </message>
    <message>
        <source>; unknown below %1 % confidence</source>
        <translation>；置信度低于 %1 % 时判为未知</translation>
    </message>
    <message>
        <source> or farther than %1 from every class</source>
        <translation>，或与每个类别的距离都大于 %1</translation>
    </message>
    <message>
        <source> (keeps %1 % of right validation answers, flags %2 % of wrong ones)</source>
        <translation>（保留 %1 % 的正确验证结果，标记 %2 % 的错误结果）</translation>
    </message>
</context>
<context>
    <name>TrainingConfig</name>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>未知的骨干网络 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the weights %1 are for another architecture than %2; choose weights for %2</source>
        <translation>权重 %1 适用于 %2 以外的其他架构；请选择适用于 %2 的权重</translation>
    </message>
    <message>
        <source>freeze depth must be between 0 and %1 for %2</source>
        <translation>%2 的冻结深度必须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>recipe must be one of %1</source>
        <translation>方案必须是 %1 之一</translation>
    </message>
    <message>
        <source>head-only epochs must be fewer than the epochs (0 = a fifth of them)</source>
        <translation>只训练分类头的轮数必须少于总轮数（0 = 总轮数的五分之一）</translation>
    </message>
    <message>
        <source>the per-stage learning-rate factor must be above 0 and at most 1</source>
        <translation>每阶段学习率系数必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <source>epochs must be between 1 and 10000</source>
        <translation>轮数必须在 1 到 10000 之间</translation>
    </message>
    <message>
        <source>batch size must be 0 (automatic) or between 2 and 4096 (BatchNorm needs two images per batch)</source>
        <translation>批大小必须为 0（自动）或在 2 到 4096 之间（BatchNorm 每批至少需要两张图像）</translation>
    </message>
    <message>
        <source>learning rate must be positive and at most 10</source>
        <translation>学习率必须为正数且不超过 10</translation>
    </message>
    <message>
        <source>schedule must be one of %1</source>
        <translation>学习率调度必须是 %1 之一</translation>
    </message>
    <message>
        <source>warm-up must be between 0 and the number of epochs</source>
        <translation>预热必须在 0 到总轮数之间</translation>
    </message>
    <message>
        <source>optimizer must be sgd or adamw</source>
        <translation>优化器必须是 sgd 或 adamw</translation>
    </message>
    <message>
        <source>label smoothing must be at least 0 and below 1</source>
        <translation>标签平滑必须不小于 0 且小于 1</translation>
    </message>
    <message>
        <source>gradient clipping must be 0 (off) or a positive norm</source>
        <translation>梯度裁剪必须为 0（关闭）或一个正的范数</translation>
    </message>
    <message>
        <source>class weights must be none or balanced</source>
        <translation>类别权重必须是 none 或 balanced</translation>
    </message>
    <message>
        <source>cached views must be between 2 and %1</source>
        <translation>缓存视图数必须在 2 到 %1 之间</translation>
    </message>
    <message>
        <source>early-stopping patience must be 0 (off) or more epochs</source>
        <translation>早停耐心值必须为 0（关闭）或更多轮数</translation>
    </message>
    <message>
        <source>the early-stopping metric must be val_accuracy or val_loss</source>
        <translation>早停指标必须是 val_accuracy 或 val_loss</translation>
    </message>
    <message>
        <source>precision must be auto, fp32, fp16 or bf16</source>
        <translation>精度必须是 auto、fp32、fp16 或 bf16</translation>
    </message>
    <message>
        <source>channels-last must be auto, on or off</source>
        <translation>channels-last 必须是 auto、on 或 off</translation>
    </message>
    <message>
        <source>image size must be between 32 and 1024 pixels</source>
        <translation>图像尺寸必须在 32 到 1024 像素之间</translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message numerus="yes">
        <source>training needs labeled training images in at least two classes (this project has %n class(es) with training images)</source>
        <translation>
            <numerusform>训练需要至少两个类别中有已标注的训练图像（此项目有 %n 个类别含训练图像）</numerusform>
        </translation>
    </message>
    <message>
        <source>training needs validation images: split the dataset first</source>
        <translation>训练需要验证图像：请先划分数据集</translation>
    </message>
</context>
<context>
    <name>TrainingReport</name>
    <message>
        <source>Calibration and unknown</source>
        <translation>校准与未知</translation>
    </message>
    <message>
        <source>This run has no calibration (it was trained by an earlier version of Hone).</source>
        <translation>该运行没有校准（由较早版本的 Hone 训练）。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>1 (not fitted: %1)</source>
        <translation>1（未拟合：%1）</translation>
    </message>
    <message>
        <source>Expected calibration error, validation (10 bins)</source>
        <translation>期望校准误差，验证集（10 个分箱）</translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation>校准前 %1，校准后 %2</translation>
    </message>
    <message>
        <source>Negative log-likelihood, validation</source>
        <translation>负对数似然，验证集</translation>
    </message>
    <message>
        <source>Unknown below a calibrated confidence of</source>
        <translation>判为未知：校准后置信度低于</translation>
    </message>
    <message>
        <source>Unknown farther from every class centre than</source>
        <translation>判为未知：与每个类别中心的距离都大于</translation>
    </message>
    <message>
        <source>On validation</source>
        <translation>在验证集上</translation>
    </message>
    <message>
        <source>keeps %1 of the right answers (target %2), flags %3 of the wrong ones</source>
        <translation>保留 %1 的正确结果（目标 %2），标记 %3 的错误结果</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>reliability diagram of the evaluated split</source>
        <translation>所评估子集的可靠性图</translation>
    </message>
    <message>
        <source>Training report: %1, run %2</source>
        <translation>训练报告：%1，运行 %2</translation>
    </message>
    <message>
        <source>Written by Hone %1 on %2 from %3.</source>
        <translation>由 Hone %1 于 %2 根据 %3 生成。</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Best epoch (validation accuracy)</source>
        <translation>最佳轮次（验证准确率）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>评估子集</translation>
    </message>
    <message numerus="yes">
        <source>the %1 split, %n image(s)</source>
        <translation>
            <numerusform>%1集，%n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>%1 (95 % confidence interval %2 – %3)</source>
        <translation>%1（95 % 置信区间 %2 – %3）</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <source>Top-%1 accuracy</source>
        <translation>Top-%1 准确率</translation>
    </message>
    <message>
        <source>Images skipped</source>
        <translation>跳过的图像</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>loss and accuracy curves</source>
        <translation>损失和准确率曲线</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>各类别</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Most confused pairs</source>
        <translation>最易混淆的类别对</translation>
    </message>
    <message>
        <source>No image was confused.</source>
        <translation>没有混淆的图像。</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>预测为</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Share of the class</source>
        <translation>占该类别比例</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>置信度最高的错误</translation>
    </message>
    <message>
        <source>No image was misclassified.</source>
        <translation>没有分类错误的图像。</translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>数据健康</translation>
    </message>
    <message>
        <source>A data-doctor scan of all %1 images with %2 embeddings, %3-fold cross-validation (hone-cli doctor for the full list; fix them in the Doctor workspace).</source>
        <translation>对全部 %1 张图像进行的数据诊断扫描，使用 %2 嵌入，%3 折交叉验证（完整列表请用 hone-cli doctor；在诊断工作区中修复）。</translation>
    </message>
    <message>
        <source>Likely label errors</source>
        <translation>可能的标签错误</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>重复组</translation>
    </message>
    <message>
        <source>… of which across splits (leakage)</source>
        <translation>… 其中跨子集（泄漏）</translation>
    </message>
    <message>
        <source>Images with quality problems</source>
        <translation>有质量问题的图像</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>离群点</translation>
    </message>
    <message>
        <source>Small classes</source>
        <translation>小类别</translation>
    </message>
    <message>
        <source>Unreadable images</source>
        <translation>无法读取的图像</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The same picture in training and validation or test makes the measured accuracy too high.</source>
        <translation>同一张图片同时出现在训练集和验证集或测试集中，会使测得的准确率偏高。</translation>
    </message>
    <message>
        <source>Likeliest label errors</source>
        <translation>最可能的标签错误</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>看起来像</translation>
    </message>
    <message>
        <source>Label quality</source>
        <translation>标签质量</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>near</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>Duplicates across splits</source>
        <translation>跨子集的重复</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Small class %1 (%2 images): %3</source>
        <translation>小类别 %1（%2 张图像）：%3</translation>
    </message>
    <message>
        <source>%1 split, %2 correct</source>
        <translation>%1集，%2 正确</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1：%2 → %3（%4）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Training report, run %1</source>
        <translation>训练报告，运行 %1</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>noun: the class an image is labelled with</comment>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>TrunkCache</name>
    <message>
        <source>Feature cache off: the frozen stages&apos; output would take %1 GB of memory</source>
        <translation>特征缓存已关闭：冻结阶段的输出将占用 %1 GB 内存</translation>
    </message>
    <message>
        <source>Feature cache: the output of %1 for %2 images × %3 view(s)…</source>
        <translation>特征缓存：%1 的输出，%2 张图像 × %3 个视图…</translation>
    </message>
    <message>
        <source>Feature cache: %1 older set(s) removed (%2 MB) to stay within %3 MB</source>
        <translation>特征缓存：已删除 %1 组旧数据（%2 MB），以保持在 %3 MB 以内</translation>
    </message>
    <message>
        <source>Feature cache: %1 reused, %2 computed in %3 s (%4 floats per image)</source>
        <translation>特征缓存：复用 %1，计算 %2，用时 %3 s（每张图像 %4 个浮点数）</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <source>Accept %n suggested label(s)</source>
        <translation>
            <numerusform>接受 %n 个建议标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Add class %1</source>
        <translation>添加类别 %1</translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation>将 %1 添加为 %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>导入 %n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n image(s) as %1</source>
        <translation>
            <numerusform>将 %n 张图像标注为 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the label of %n image(s)</source>
        <translation>
            <numerusform>清除 %n 张图像的标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class %1 to %2</source>
        <translation>将类别 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Recolour class %1</source>
        <translation>更改类别 %1 的颜色</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n image(s) as checked</source>
        <translation>
            <numerusform>将 %n 张图像标记为已检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n image(s)</source>
        <translation>
            <numerusform>取消标记 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge class %1 into %2</source>
        <translation>将类别 %1 合并到 %2</translation>
    </message>
    <message>
        <source>Delete class %1</source>
        <translation>删除类别 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>移除 %n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n image(s)</source>
        <translation>
            <numerusform>划分 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>The class does not exist in this project.</source>
        <translation>该类别在此项目中不存在。</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>图像为空。</translation>
    </message>
    <message>
        <source>This image is in the dataset already, as %1.</source>
        <translation>此图像已在数据集中，为 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>another file has taken its place</source>
        <translation>另一个文件已占据其位置</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message numerus="yes">
        <source>CUDA: available (%n device(s))</source>
        <translation>
            <numerusform>CUDA：可用（%n 个设备）</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: not available</source>
        <translation>CUDA：不可用</translation>
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
        <translation>发生了意外错误，已被中止：
%1

你的项目已保存。</translation>
    </message>
    <message>
        <source>Transfer learning workbench</source>
        <translation>迁移学习工作台</translation>
    </message>
    <message>
        <source>Project folder to open.</source>
        <translation>要打开的项目文件夹。</translation>
    </message>
    <message>
        <source>User interface language for this run: en, de, fr, es, zh_CN or ja (default: the Preferences choice, else the system&apos;s).</source>
        <translation>本次运行的用户界面语言：en、de、fr、es、zh_CN 或 ja（默认：首选项中的选择，否则为系统语言）。</translation>
    </message>
</context>
</TS>
