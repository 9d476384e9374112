<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccuracyText</name>
    <message>
        <source>%1 % (95 % CI %2–%3 %, n = %4)</source>
        <translation>%1 %（95 % 信頼区間 %2–%3 %、n = %4）</translation>
    </message>
    <message>
        <source>On %1 validation images, differences under ±%2 points are noise.</source>
        <translation>検証画像 %1 枚では、±%2 ポイント未満の差はノイズです。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>AutoRecipe</name>
    <message>
        <source>the head alone on frozen features</source>
        <translation>凍結した特徴量でヘッドのみ</translation>
    </message>
    <message>
        <source>the head first, then fine-tuning</source>
        <translation>まずヘッド、次にファインチューニング</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>全層のファインチューニング</translation>
    </message>
    <message>
        <source>fine-tuning from stage %1 on</source>
        <translation>ステージ %1 以降のファインチューニング</translation>
    </message>
    <message>
        <source>no augmentation</source>
        <translation>データ拡張なし</translation>
    </message>
    <message>
        <source>flips</source>
        <translation>反転</translation>
    </message>
    <message>
        <source>crops</source>
        <translation>切り抜き</translation>
    </message>
    <message>
        <source>rotations</source>
        <translation>回転</translation>
    </message>
    <message>
        <source>colour changes</source>
        <translation>色の変化</translation>
    </message>
    <message>
        <source>TrivialAugment</source>
        <translation>TrivialAugment</translation>
    </message>
    <message>
        <source>Auto chose: %1</source>
        <translation>Auto の選択: %1</translation>
    </message>
    <message>
        <source>There are no pretrained weights, so every layer learns from your images.</source>
        <translation>学習済みの重みがないため、すべての層が画像から学習します。</translation>
    </message>
    <message>
        <source>%1 epochs of %2 steps (batches of %3) give about %4 steps, enough for %5 training images to settle.</source>
        <translation>%1 エポック × %2 ステップ (バッチ %3) で約 %4 ステップ、%5 枚の学習画像が落ち着くのに十分です。</translation>
    </message>
    <message>
        <source>Random weights train at %1 px: small inputs learn as much from a few images and several times faster.</source>
        <translation>ランダムな重みは %1 px で学習します: 小さな入力でも少ない画像から同じだけ学び、数倍速くなります。</translation>
    </message>
    <message>
        <source>%1 px is the size the weights were trained at.</source>
        <translation>%1 px は重みが学習されたサイズです。</translation>
    </message>
    <message>
        <source>%1 at %2 for %3 epochs, %4 px, %5</source>
        <translation>%1、学習率 %2、%3 エポック、%4 px、%5</translation>
    </message>
    <message>
        <source>The first %1 stages of the pretrained weights stay as they are and the rest learns from your images: on few images per class this beat training every layer and training the head alone.</source>
        <translation>学習済みの重みの最初の %1 ステージはそのままにし、残りを画像から学習します: クラスあたりの画像が少ない場合、全層の学習やヘッドのみの学習より良い結果でした。</translation>
    </message>
</context>
<context>
    <name>BackboneCatalog</name>
    <message>
        <source>the bundled weights %1 are missing from this build</source>
        <translation>同梱の重み %1 がこのビルドにありません</translation>
    </message>
    <message>
        <source>the bundled weights %1 do not match their recorded SHA-256</source>
        <translation>同梱の重み %1 が記録された SHA-256 と一致しません</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>不明なバックボーン &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Hone ships no pretrained %1; use --weights imagenet, a weight file, or --backbone %2</source>
        <translation>Hone には事前学習済みの %1 は同梱されていません。--weights imagenet、重みファイル、または --backbone %2 を使ってください</translation>
    </message>
    <message>
        <source>%1 are not weights of %2 (hone-cli backbones lists them)</source>
        <translation>%1 は %2 の重みではありません (hone-cli backbones で一覧を表示できます)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a weight file nor weights of %2 (%3)</source>
        <translation>&apos;%1&apos; は重みファイルでも %2 の重みでもありません (%3)</translation>
    </message>
    <message>
        <source>the weight file %1 does not exist</source>
        <translation>重みファイル %1 が存在しません</translation>
    </message>
    <message>
        <source>no weights %1 in this version of Hone</source>
        <translation>このバージョンの Hone に重み %1 はありません</translation>
    </message>
    <message>
        <source>%1 (%2) is not downloaded yet: hone-cli backbones --download %3 %4, or pick it in the Train view</source>
        <translation>%1 (%2) はまだダウンロードされていません: hone-cli backbones --download %3 %4 を実行するか、学習ビューで選んでください</translation>
    </message>
    <message>
        <source>A sturdy all-rounder and a good first choice.</source>
        <translation>頑丈な万能型で、最初の選択に適しています。</translation>
    </message>
    <message>
        <source>A deeper ResNet-18: a little more accurate, twice as slow.</source>
        <translation>より深い ResNet-18: 少し正確ですが、半分の速さです。</translation>
    </message>
    <message>
        <source>The accurate classic; slow without a GPU.</source>
        <translation>正確な定番; GPU がないと遅い。</translation>
    </message>
    <message>
        <source>Small and fast; fine on a laptop.</source>
        <translation>小さく高速; ノート PC でも十分。</translation>
    </message>
    <message>
        <source>The fastest on a laptop; Hone ships it pretrained.</source>
        <translation>ノート PC で最速; Hone に学習済みで同梱。</translation>
    </message>
    <message>
        <source>Fast with good accuracy: a fine trade-off without a GPU.</source>
        <translation>高速でまずまず正確: GPU なしでの良い妥協点。</translation>
    </message>
    <message>
        <source>Accurate for its small size; slower to train than its size suggests.</source>
        <translation>小さいわりに正確; サイズから想像するより学習は遅い。</translation>
    </message>
    <message>
        <source>The best accuracy here; slow without a GPU.</source>
        <translation>ここで最も高い精度; GPU がないと遅い。</translation>
    </message>
    <message>
        <source>Modern and quick: more accurate than ResNet-34 at a quarter of its cost.</source>
        <translation>新しく高速: ResNet-34 より正確で、計算量はその 4 分の 1。</translation>
    </message>
    <message>
        <source>More accurate than ResNet-50 at less than half its cost.</source>
        <translation>ResNet-50 より正確で、計算量はその半分未満。</translation>
    </message>
</context>
<context>
    <name>BackboneExport</name>
    <message>
        <source>run %1 has not finished; only a finished run can become a backbone</source>
        <translation>実行 %1 は完了していません。バックボーンにできるのは完了した実行だけです</translation>
    </message>
    <message>
        <source>cannot read back %1</source>
        <translation>%1 を読み戻せません</translation>
    </message>
</context>
<context>
    <name>BundledWeights</name>
    <message>
        <source>Fashion-MNIST, 6 clothing classes (pretrained by Hone)</source>
        <translation>Fashion-MNIST、衣類 6 クラス（Hone による事前学習済み）</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>%1 validation images are too few to fit a temperature (at least %2)</source>
        <translation>検証画像 %1 枚では温度を推定するには少なすぎます (最低 %2 枚)</translation>
    </message>
    <message>
        <source>every validation image is predicted right, so no temperature can be fitted</source>
        <translation>すべての検証画像が正しく予測されているため、温度を推定できません</translation>
    </message>
    <message>
        <source>no validation image is predicted right, so no temperature can be fitted</source>
        <translation>正しく予測された検証画像がないため、温度を推定できません</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>引数が不足しています</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N.</source>
        <translation>auto、cpu、cuda または cuda:N。</translation>
    </message>
    <message>
        <source>
Run &apos;hone-cli recover %1&apos; to restore it.</source>
        <translation>
復元するには &apos;hone-cli recover %1&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Note: %1 is read-only; changes cannot be saved.</source>
        <translation>注意: %1 は読み取り専用です。変更は保存できません。</translation>
    </message>
    <message numerus="yes">
        <source>Restored the last good version: %n image(s).</source>
        <translation>
            <numerusform>最後の正常なバージョンを復元しました: 画像 %n 枚。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty project.</source>
        <translation>空のプロジェクトを作成します。</translation>
    </message>
    <message>
        <source>Import image files and folders (folders per class, flat, or CSV).</source>
        <translation>画像ファイルとフォルダーをインポートします (クラスごとのフォルダー、フラット、または CSV)。</translation>
    </message>
    <message>
        <source>Classes, counts and splits.</source>
        <translation>クラス、枚数、分割。</translation>
    </message>
    <message>
        <source>Label one image.</source>
        <translation>画像 1 枚にラベルを付けます。</translation>
    </message>
    <message>
        <source>Restore the last good project file.</source>
        <translation>最後の正常なプロジェクトファイルを復元します。</translation>
    </message>
    <message>
        <source>Split the labelled images into train, validation and test.</source>
        <translation>ラベル付き画像を学習、検証、テストに分割します。</translation>
    </message>
    <message>
        <source>The backbone zoo: architectures, freeze stages and weights; downloads weights.</source>
        <translation>バックボーンのモデルズー: アーキテクチャ、凍結ステージ、重み。重みをダウンロードします。</translation>
    </message>
    <message>
        <source>Train a classifier; the run is kept in the project.</source>
        <translation>分類器を学習します。実行はプロジェクトに保存されます。</translation>
    </message>
    <message>
        <source>Find a learning rate with a range test.</source>
        <translation>範囲テストで学習率を探索します。</translation>
    </message>
    <message>
        <source>Accuracy, per-class metrics and the confusion matrix of a run.</source>
        <translation>実行の正解率、クラス別の指標、混同行列。</translation>
    </message>
    <message>
        <source>A run&apos;s report as HTML or PDF (FILE.html, FILE.pdf).</source>
        <translation>実行のレポートを HTML または PDF で出力します (FILE.html、FILE.pdf)。</translation>
    </message>
    <message>
        <source>Export a run as TorchScript or ONNX, with FILE.json and the model card FILE.md.</source>
        <translation>実行を TorchScript または ONNX としてエクスポートします。FILE.json とモデルカード FILE.md も書き出します。</translation>
    </message>
    <message>
        <source>Save a run&apos;s trunk as a backbone (.safetensors).</source>
        <translation>実行の分類層を除いたネットワークをバックボーン (.safetensors) として保存します。</translation>
    </message>
    <message>
        <source>Pretrain a backbone (.safetensors) with a reproducible manifest.</source>
        <translation>再現可能なマニフェスト付きでバックボーン (.safetensors) を事前学習します。</translation>
    </message>
    <message>
        <source>Label issues, duplicates, leakage and bad images.</source>
        <translation>ラベルの問題、重複、リーク、不良画像。</translation>
    </message>
    <message>
        <source>What to label next, with suggested classes.</source>
        <translation>次にラベル付けする画像と、提案クラス。</translation>
    </message>
    <message>
        <source>The dataset in two dimensions (FILE.csv or FILE.png).</source>
        <translation>データセットの 2 次元マップ (FILE.csv または FILE.png)。</translation>
    </message>
    <message>
        <source>Embeddings of images as JSON.</source>
        <translation>画像の埋め込みを JSON で出力します。</translation>
    </message>
    <message>
        <source>Classify images or folders with an exported model (.pt or .onnx); reports unknowns.</source>
        <translation>エクスポートしたモデル (.pt または .onnx) で画像やフォルダーを分類します。不明なものも報告します。</translation>
    </message>
    <message>
        <source>Write the labelled images as class folders or a CSV file.</source>
        <translation>ラベル付き画像をクラスごとのフォルダーまたは CSV ファイルとして書き出します。</translation>
    </message>
    <message>
        <source>Create a Fashion-MNIST demo project.</source>
        <translation>Fashion-MNIST のデモプロジェクトを作成します。</translation>
    </message>
    <message>
        <source>Hone&apos;s version and those of Qt, LibTorch and OpenCV; whether CUDA is available.</source>
        <translation>Hone と Qt、LibTorch、OpenCV のバージョン、CUDA が利用可能かどうか。</translation>
    </message>
    <message>
        <source>Print Hone&apos;s version, the versions of Qt, LibTorch and OpenCV, and whether CUDA is available.</source>
        <translation>Hone のバージョン、Qt、LibTorch、OpenCV のバージョン、CUDA が利用可能かどうかを出力します。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file holds a NUL byte at offset %1: it is not a text file in UTF-8, Latin-1 or UTF-16</source>
        <translation>ファイルのオフセット %1 に NUL バイトがあります: UTF-8、Latin-1、UTF-16 のテキストファイルではありません</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>ファイルは有効な UTF-16 テキストではありません</translation>
    </message>
    <message>
        <source>the file holds a NUL character: it is not a text file</source>
        <translation>ファイルに NUL 文字が含まれています: テキストファイルではありません</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>%1 行目: 引用符で囲まれたフィールドが閉じられていません</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>%1 is not empty; choose a new folder</source>
        <translation>%1 は空ではありません。新しいフォルダーを選んでください</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation>%1 を %2 にコピーできません</translation>
    </message>
    <message>
        <source>no output path</source>
        <translation>出力パスがありません</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>cannot open %1; install the dataset-fashion-mnist package</source>
        <translation>%1 を開けません。dataset-fashion-mnist パッケージをインストールしてください</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 は破損しています</translation>
    </message>
    <message>
        <source>the Fashion-MNIST files are not in IDX format</source>
        <translation>Fashion-MNIST のファイルが IDX 形式ではありません</translation>
    </message>
    <message>
        <source>the Fashion-MNIST files are truncated</source>
        <translation>Fashion-MNIST のファイルが途中で切れています</translation>
    </message>
    <message>
        <source>Fashion-MNIST has no class %1 (0 to 9)</source>
        <translation>Fashion-MNIST にクラス %1 はありません (0 ～ 9)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>the %1 split has no labeled image of the run&apos;s classes</source>
        <translation>%1 分割に、この実行のクラスのラベル付き画像がありません</translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation>評価に失敗しました: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>an unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>an unknown error in a background task</source>
        <translation>バックグラウンド処理での不明なエラー</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>メモリが不足しています</translation>
    </message>
    <message>
        <source>image processing failed: %1</source>
        <translation>画像処理に失敗しました: %1</translation>
    </message>
    <message>
        <source>an unexpected error (%1)</source>
        <translation>予期しないエラー (%1)</translation>
    </message>
</context>
<context>
    <name>GradCam</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>class %1 is not one of the model&apos;s %2 classes</source>
        <translation>クラス %1 はモデルの %2 クラスのいずれでもありません</translation>
    </message>
    <message>
        <source>Grad-CAM failed: %1</source>
        <translation>Grad-CAM に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>Hone</name>
    <message>
        <source>Trained from a random initialisation: no third-party weights.</source>
        <translation>ランダムな初期値から学習しました: 第三者の重みは使用していません。</translation>
    </message>
    <message>
        <source>Started from Hone&apos;s bundled %1 weights (%2), pretrained by `hone-cli pretrain` on %3. Fashion-MNIST is published under the MIT licence; the weights ship with Hone.</source>
        <translation>Hone に同梱の %1 の重み (%2) から開始しました。この重みは `hone-cli pretrain` により %3 で事前学習されたものです。Fashion-MNIST は MIT ライセンスで公開されており、重みは Hone に同梱されています。</translation>
    </message>
    <message>
        <source>Started from torchvision&apos;s %1 weights (%2, %3 top-1 on %4), downloaded from %5. torchvision&apos;s code and weights are published under the BSD-3-Clause licence; the weights were trained on %4, whose terms of access (non-commercial research and education) may bind how a derived model can be used.</source>
        <translation>torchvision の %1 の重み (%2、%4 での top-1 %3) から開始しました。ダウンロード元は %5 です。torchvision のコードと重みは BSD-3-Clause ライセンスで公開されています。重みは %4 で学習されており、その利用条件 (非商用の研究・教育) が派生モデルの使い方を制約する場合があります。</translation>
    </message>
    <message>
        <source>Started from the zoo weights %1, which this version of Hone does not know.</source>
        <translation>モデルズーの重み %1 から開始しました。このバージョンの Hone はこの重みを認識しません。</translation>
    </message>
    <message>
        <source>Started from the weight file %1. Its licence is whatever its source says: check it before sharing this model.</source>
        <translation>重みファイル %1 から開始しました。ライセンスは入手元の定めに従います。このモデルを共有する前に確認してください。</translation>
    </message>
    <message>
        <source>Model card: %1</source>
        <translation>モデルカード: %1</translation>
    </message>
    <message>
        <source>Exported by Hone %1 from run %2 of %3, a %4 classifier of %5 classes.</source>
        <translation>Hone %1 により %3 の実行 %2 からエクスポートされた、%5 クラスの %4 分類器です。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Input and preprocessing</source>
        <translation>入力と前処理</translation>
    </message>
    <message>
        <source>Input: float32, NCHW, shape [N, 3, %1, %1], RGB channel order.</source>
        <translation>入力: float32、NCHW、形状 [N, 3, %1, %1]、チャネル順は RGB。</translation>
    </message>
    <message>
        <source>Resizing (the caller&apos;s job): %1.</source>
        <translation>リサイズ (呼び出し側で行います): %1。</translation>
    </message>
    <message>
        <source>Pixel values: 0–255 as they are. The graph normalises them itself: (x / 255 − mean) / std with mean %1 and std %2.</source>
        <translation>画素値: 0–255 のまま。グラフ自体が正規化します: (x / 255 − mean) / std、mean %1、std %2。</translation>
    </message>
    <message>
        <source>Pixel values: scale to 0–1 (divide by 255), then (x − mean) / std with mean %1 and std %2.</source>
        <translation>画素値: 0–1 にスケーリング (255 で割る) してから (x − mean) / std、mean %1、std %2。</translation>
    </message>
    <message>
        <source>Output: probabilities (softmax in the graph), [N, %1].</source>
        <translation>出力: 確率 (グラフ内で softmax)、[N, %1]。</translation>
    </message>
    <message>
        <source>Output: logits, [N, %1]; apply a softmax for probabilities.</source>
        <translation>出力: ロジット、[N, %1]。確率を得るには softmax を適用してください。</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>検証正解率</translation>
    </message>
    <message>
        <source>%1 on %2 validation images (95 % confidence interval %3 – %4, Wilson), the weights of epoch %5 of %6.</source>
        <translation>検証画像 %2 枚で %1 (95 % 信頼区間 %3 – %4、Wilson)、%6 エポック中エポック %5 の重み。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>検証画像</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>With %1 validation images, differences under about ±%2 points are noise.</source>
        <translation>検証画像が %1 枚の場合、約 ±%2 ポイント未満の差はノイズです。</translation>
    </message>
    <message>
        <source>The run has no validation result.</source>
        <translation>この実行には検証結果がありません。</translation>
    </message>
    <message>
        <source>Calibration and &quot;unknown&quot;</source>
        <translation>キャリブレーションと「不明」</translation>
    </message>
    <message>
        <source>The run was not calibrated (it was trained by an earlier version of Hone): confidences are the softmax as it is, and no threshold is set.</source>
        <translation>この実行はキャリブレーションされていません (以前のバージョンの Hone で学習されました): 信頼度は softmax のままで、しきい値は設定されていません。</translation>
    </message>
    <message>
        <source>Temperature %1 (calibrated probabilities are softmax(logits / %1)), fitted on %2 validation images.</source>
        <translation>温度 %1 (キャリブレーション後の確率は softmax(logits / %1))、検証画像 %2 枚で推定。</translation>
    </message>
    <message>
        <source>Not fitted: %1.</source>
        <translation>推定なし: %1。</translation>
    </message>
    <message>
        <source>Expected calibration error (10 bins): %1 before, %2 after.</source>
        <translation>期待キャリブレーション誤差 (10 ビン): 適用前 %1、適用後 %2。</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; when the calibrated confidence is below %1, or when the image&apos;s pooled features (the &quot;embedding&quot; output) are farther than %2 from every class centre (1 − cosine similarity; the centres are in the metadata&apos;s calibration.novelty).</source>
        <translation>キャリブレーション後の信頼度が %1 未満の場合、または画像のプーリング済み特徴 (出力 &quot;embedding&quot;) がすべてのクラス中心から %2 より遠い場合 (1 − コサイン類似度。中心はメタデータの calibration.novelty にあります) は「不明」。</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; when the calibrated confidence is below %1.</source>
        <translation>キャリブレーション後の信頼度が %1 未満の場合は「不明」。</translation>
    </message>
    <message>
        <source>On validation this keeps %1 of the correct predictions (target %2) and flags %3 of the wrong ones.</source>
        <translation>検証では、正しい予測の %1 を保持し (目標 %2)、誤った予測の %3 を検出します。</translation>
    </message>
    <message>
        <source>Both checks only know the classes above. Things the model never saw but that look like one of its classes still pass; when such images are common where the model is used, add a &quot;background&quot; class with examples of them.</source>
        <translation>どちらの判定も上記のクラスしか知りません。モデルが見たことはないものの、いずれかのクラスに似ているものは通過します。モデルを使う場面でそのような画像がよくある場合は、その例を集めた「background」クラスを追加してください。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>%1 training and %2 validation images; dataset hash %3.</source>
        <translation>学習画像 %1 枚、検証画像 %2 枚。データセットのハッシュ %3。</translation>
    </message>
    <message>
        <source>Recipe %1, freeze depth %2, %3 epochs at learning rate %4, image size %5, seed %6, on %7.</source>
        <translation>レシピ %1、凍結深さ %2、学習率 %4 で %3 エポック、画像サイズ %5、シード %6、%7 で実行。</translation>
    </message>
    <message>
        <source>Started %1, ended %2.</source>
        <translation>開始 %1、終了 %2。</translation>
    </message>
    <message>
        <source>Backbone and licence</source>
        <translation>バックボーンとライセンス</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>The export was not verified (--no-verify).</source>
        <translation>エクスポートは照合されていません (--no-verify)。</translation>
    </message>
    <message>
        <source>%1 is not a bookmark list (%2); left as it is</source>
        <translation>%1 はブックマークリストではありません (%2)。そのままにします</translation>
    </message>
</context>
<context>
    <name>Hone::BackbonePicker</name>
    <message>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Import a weight file (.pth, .safetensors) — torchvision&apos;s, timm&apos;s or a Hone backbone</source>
        <translation>重みファイル (.pth、.safetensors) をインポートします — torchvision、timm、または Hone のバックボーン</translation>
    </message>
    <message>
        <source>How many stages of the backbone stay frozen: left trains everything, right trains only the new head</source>
        <translation>バックボーンのステージをいくつ凍結するか: 左端ではすべてを学習し、右端では新しいヘッドだけを学習します</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>ダウンロードに失敗しました: %1</translation>
    </message>
    <message>
        <source>None (random initialisation)</source>
        <translation>なし (ランダム初期化)</translation>
    </message>
    <message>
        <source> — %1 % top-1</source>
        <translation> — top-1 %1 %</translation>
    </message>
    <message>
        <source> — bundled</source>
        <translation> — 同梱</translation>
    </message>
    <message>
        <source> — not downloaded</source>
        <translation> — 未ダウンロード</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>%1, %2 parameters before the new classifier layer, %3 px input</source>
        <translation>%1、新しい分類層より前のパラメーター数 %2、入力 %3 px</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Every weight starts random: expect to need many more images and epochs.</source>
        <translation>すべての重みがランダムから始まります: はるかに多くの画像とエポックが必要になります。</translation>
    </message>
    <message>
        <source>Not on this computer yet: %1, from %2</source>
        <translation>このコンピューターにはまだありません: %1、入手元 %2</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>使用可能: %1</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 を読み込んでいます …</translation>
    </message>
    <message>
        <source>Cannot use this file: %1</source>
        <translation>このファイルは使用できません: %1</translation>
    </message>
    <message>
        <source>Load report: %1</source>
        <translation>読み込み結果: %1</translation>
    </message>
    <message>
        <source>Nothing frozen: every stage trains.</source>
        <translation>凍結なし: すべてのステージを学習します。</translation>
    </message>
    <message>
        <source>Frozen: the whole backbone (%1 … %2); only the head trains.</source>
        <translation>凍結: バックボーン全体 (%1 … %2)。ヘッドだけを学習します。</translation>
    </message>
    <message>
        <source>Frozen: %1; training: %2 and the head.</source>
        <translation>凍結: %1。学習: %2 とヘッド。</translation>
    </message>
    <message>
        <source>%1 %2 of %3 parameters train (%4 %).</source>
        <translation>%1 パラメーター %3 のうち %2 を学習します (%4 %)。</translation>
    </message>
    <message>
        <source>Import Weights</source>
        <translation>重みのインポート</translation>
    </message>
    <message>
        <source>Weight files (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>重みファイル (*.pth *.pt *.safetensors);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>; ImageNet top-1 %1 %</source>
        <translation>; ImageNet top-1 %1 %</translation>
    </message>
    <message>
        <source>Training takes %1 ms per image on this computer&apos;s CPU at %2 px.</source>
        <translation>このコンピューターの CPU では、%2 px で 1 枚あたり %1 ミリ秒で学習します。</translation>
    </message>
    <message>
        <source>Measuring its speed on this computer…</source>
        <translation>このコンピューターでの速度を測定しています…</translation>
    </message>
</context>
<context>
    <name>Hone::CameraFeed</name>
    <message>
        <source>The camera is no longer connected.</source>
        <translation>カメラの接続が切れました。</translation>
    </message>
    <message>
        <source>This build of Hone has no camera support.</source>
        <translation>このビルドの Hone はカメラに対応していません。</translation>
    </message>
</context>
<context>
    <name>Hone::ClassPanel</name>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;クラス&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press 1–9 to label the selection, 0 to clear.</source>
        <translation>1–9 キーで選択した画像にラベルを付け、0 キーでラベルを外します。</translation>
    </message>
    <message>
        <source>Add Class…</source>
        <translation>クラスを追加…</translation>
    </message>
    <message>
        <source>%1   %2  (%3 · %4/%5/%6)</source>
        <translation>%1   %2  (%3 · %4/%5/%6)</translation>
    </message>
    <message>
        <source>%1: %2 images — training %3, validation %4, test %5, no split %6</source>
        <translation>%1: 画像 %2 枚 — 学習 %3、検証 %4、テスト %5、分割なし %6</translation>
    </message>
    <message>
        <source>0   unlabeled  (%1)</source>
        <translation>0   ラベルなし  (%1)</translation>
    </message>
    <message>
        <source>Add Class</source>
        <translation>クラスの追加</translation>
    </message>
    <message>
        <source>Class name:</source>
        <translation>クラス名:</translation>
    </message>
    <message>
        <source>There is already a class named %1.</source>
        <translation>%1 という名前のクラスはすでにあります。</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename Class</source>
        <translation>クラス名の変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>Change &amp;Colour…</source>
        <translation>色を変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Class Colour</source>
        <translation>クラスの色</translation>
    </message>
    <message>
        <source>&amp;Merge Into</source>
        <translation>次のクラスに統合(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>There is already a class named %1; merge the two instead.</source>
        <translation>%1 という名前のクラスはすでにあります。代わりに 2 つのクラスを統合してください。</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>クラスの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the class %1? Its %n image(s) stay in the project, unlabeled. (To give them another class, use Merge Into instead.) Edit › Undo brings everything back.</source>
        <translation>
            <numerusform>クラス %1 を削除しますか? その画像 %n 枚はラベルなしでプロジェクトに残ります。(別のクラスを付けるには、代わりに「次のクラスに統合」を使ってください。) 編集 › 元に戻す ですべて元に戻せます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::Cli</name>
    <message>
        <source>List the backbones, their freeze stages and the weights they can start from; download weights into the cache.</source>
        <translation>バックボーン、その凍結ステージ、開始に使える重みを一覧表示します。重みをキャッシュにダウンロードします。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>Download the weights ID of backbone NAME (give both: --download NAME ID).</source>
        <translation>バックボーン NAME の重み ID をダウンロードします (両方を指定: --download NAME ID)。</translation>
    </message>
    <message>
        <source>With --download: the weights id (default: imagenet).</source>
        <translation>--download と併用: 重みの id (既定: imagenet)。</translation>
    </message>
    <message>
        <source> [bundled]</source>
        <translation> [同梱]</translation>
    </message>
    <message>
        <source> [downloaded]</source>
        <translation> [ダウンロード済み]</translation>
    </message>
    <message>
        <source>Print each image&apos;s pooled features before the classifier, one JSON object per line: {&quot;image&quot;: PATH, &quot;features&quot;: [...]}.</source>
        <translation>各画像の分類器より前のプーリング済み特徴を、1 行に 1 つの JSON オブジェクトとして出力します: {&quot;image&quot;: PATH, &quot;features&quot;: [...]}。</translation>
    </message>
    <message>
        <source>Images.</source>
        <translation>画像。</translation>
    </message>
    <message>
        <source>Architecture (hone-cli backbones).</source>
        <translation>アーキテクチャ (hone-cli backbones)。</translation>
    </message>
    <message>
        <source>default, imagenet, none, a catalog id or a weight file.</source>
        <translation>default、imagenet、none、カタログ id、または重みファイル。</translation>
    </message>
    <message>
        <source>Input size (default: the size the weights were trained at, else the architecture&apos;s).</source>
        <translation>入力サイズ (既定: 重みの学習時のサイズ、なければアーキテクチャのサイズ)。</translation>
    </message>
    <message>
        <source>JSON output (the only format; accepted for clarity).</source>
        <translation>JSON 出力 (唯一の形式。明示のために受け付けます)。</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>不明なバックボーン &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--image-size: give a size from 16 to 1024</source>
        <translation>--image-size: 16 から 1024 のサイズを指定してください</translation>
    </message>
    <message>
        <source>warning: the weights cover the backbone only in part: %1</source>
        <translation>警告: 重みはバックボーンの一部にしか対応していません: %1</translation>
    </message>
    <message>
        <source>hone-cli: error: %1: %2</source>
        <translation>hone-cli: error: %1: %2</translation>
    </message>
    <message>
        <source>Pretrain a backbone and save it, without its classifier layer, as OUTPUT.safetensors with a manifest (OUTPUT.json: the command, seed, data and SHA-256). Data: Fashion-MNIST training images of the given classes, or a labelled project.</source>
        <translation>バックボーンを事前学習し、分類層を除いて OUTPUT.safetensors として、マニフェスト (OUTPUT.json: コマンド、シード、データ、SHA-256) とともに保存します。データ: 指定したクラスの Fashion-MNIST 学習画像、またはラベル付きのプロジェクト。</translation>
    </message>
    <message>
        <source>The .safetensors file to write.</source>
        <translation>書き込む .safetensors ファイル。</translation>
    </message>
    <message>
        <source>Fashion-MNIST labels to pretrain on, e.g. 0,2,3,4,6,9.</source>
        <translation>事前学習に使う Fashion-MNIST のラベル。例: 0,2,3,4,6,9。</translation>
    </message>
    <message>
        <source>Training images per class (default 1000).</source>
        <translation>クラスごとの学習画像数 (既定 1000)。</translation>
    </message>
    <message>
        <source>Pretrain on this labelled project instead.</source>
        <translation>代わりにこのラベル付きプロジェクトで事前学習します。</translation>
    </message>
    <message>
        <source>Keep the Fashion-MNIST project in DIR (default: a temporary folder).</source>
        <translation>Fashion-MNIST のプロジェクトを DIR に残します (既定: 一時フォルダー)。</translation>
    </message>
    <message>
        <source>Weights id for the manifest (default: the file&apos;s base name).</source>
        <translation>マニフェストに記録する重みの id (既定: ファイルのベース名)。</translation>
    </message>
    <message>
        <source>A one-line description for the manifest.</source>
        <translation>マニフェストに記録する 1 行の説明。</translation>
    </message>
    <message>
        <source>give either --fashion-mnist LIST or --project DIR</source>
        <translation>--fashion-mnist LIST か --project DIR のどちらかを指定してください</translation>
    </message>
    <message>
        <source>OUTPUT must end in .safetensors</source>
        <translation>OUTPUT は .safetensors で終わる必要があります</translation>
    </message>
    <message>
        <source>--fashion-mnist: &apos;%1&apos; is not a label from 0 to 9</source>
        <translation>--fashion-mnist: &apos;%1&apos; は 0 から 9 のラベルではありません</translation>
    </message>
    <message>
        <source>--per-class: give at least 10</source>
        <translation>--per-class: 10 以上を指定してください</translation>
    </message>
    <message>
        <source>Writing %1 Fashion-MNIST training images per class (%2) to %3 …</source>
        <translation>クラスごとに %1 枚の Fashion-MNIST 学習画像 (%2) を %3 に書き込んでいます …</translation>
    </message>
    <message>
        <source>Backbone written: %1 (%2 bytes, SHA-256 %3, best validation accuracy %4 %)</source>
        <translation>バックボーンを書き込みました: %1 (%2 バイト、SHA-256 %3、最良の検証正解率 %4 %)</translation>
    </message>
    <message>
        <source>Save a finished run&apos;s network, without its classifier layer, as a backbone (.safetensors) other projects can start from.</source>
        <translation>完了した実行のネットワークを、分類層を除いて、他のプロジェクトが開始点にできるバックボーン (.safetensors) として保存します。</translation>
    </message>
    <message>
        <source>Project folder.</source>
        <translation>プロジェクトフォルダー。</translation>
    </message>
    <message>
        <source>Run id (default: the latest finished).</source>
        <translation>実行 id (既定: 最新の完了した実行)。</translation>
    </message>
    <message>
        <source>Keep float32 weights (default: float16, half the size).</source>
        <translation>重みを float32 のままにします (既定: float16、半分のサイズ)。</translation>
    </message>
    <message>
        <source>--output FILE.safetensors is required</source>
        <translation>--output FILE.safetensors が必要です</translation>
    </message>
    <message>
        <source>Backbone of run %1 written (SHA-256 %2); train with --weights %3</source>
        <translation>実行 %1 のバックボーンを書き込みました (SHA-256 %2)。--weights %3 で学習できます</translation>
    </message>
    <message>
        <source>Find mislabelled images (confident learning on K-fold out-of-sample probabilities), exact and near duplicates (and those across splits), image problems, outliers and small classes.</source>
        <translation>ラベル誤りの画像 (K フォールドのサンプル外確率に基づく confident learning)、完全重複と近似重複 (分割間のものを含む)、画像の問題、外れ値、小さいクラスを検出します。</translation>
    </message>
    <message>
        <source>Cross-validation folds (default 5).</source>
        <translation>交差検証のフォールド数 (既定 5)。</translation>
    </message>
    <message>
        <source>Label-issue ranking: self-confidence (default) or margin.</source>
        <translation>ラベルの問題の順位付け: self-confidence (既定) または margin。</translation>
    </message>
    <message>
        <source>Near duplicates: the cosine similarity of (centred) embeddings that links two images whose perceptual hashes are only loosely alike (default 0.97).</source>
        <translation>近似重複: 知覚ハッシュがゆるやかにしか似ていない 2 枚の画像を結び付ける、(中心化した) 埋め込みのコサイン類似度 (既定 0.97)。</translation>
    </message>
    <message>
        <source>Near duplicates: the most bits of 64 in which the perceptual hashes of two look-alike images differ (default 4).</source>
        <translation>近似重複: よく似た 2 枚の画像の知覚ハッシュが異なってよい最大ビット数 (64 ビット中、既定 4)。</translation>
    </message>
    <message>
        <source>Seed of the fold assignment (default 0).</source>
        <translation>フォールド割り当てのシード (既定 0)。</translation>
    </message>
    <message>
        <source>L2 penalty of the fold heads on standardised embeddings (default %1).</source>
        <translation>標準化した埋め込みに対するフォールドヘッドの L2 ペナルティ (既定 %1)。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>--folds: give a number from 2 to 20</source>
        <translation>--folds: 2 から 20 の数を指定してください</translation>
    </message>
    <message>
        <source>--rank: self-confidence or margin</source>
        <translation>--rank: self-confidence または margin</translation>
    </message>
    <message>
        <source>--similarity: give a value in (0, 1]</source>
        <translation>--similarity: (0, 1] の値を指定してください</translation>
    </message>
    <message>
        <source>--hash-distance: give a number from 0 to 32</source>
        <translation>--hash-distance: 0 から 32 の数を指定してください</translation>
    </message>
    <message>
        <source>--head-l2: give a value from 0 to 100</source>
        <translation>--head-l2: 0 から 100 の値を指定してください</translation>
    </message>
    <message>
        <source>--seed: give a whole number</source>
        <translation>--seed: 整数を指定してください</translation>
    </message>
    <message>
        <source>the project has no images</source>
        <translation>プロジェクトに画像がありません</translation>
    </message>
    <message>
        <source>doctor: embeddings %1/%2</source>
        <translation>doctor: 埋め込み %1/%2</translation>
    </message>
    <message>
        <source>doctor: fold %1/%2</source>
        <translation>doctor: フォールド %1/%2</translation>
    </message>
    <message>
        <source>%1: embeddings %2/%3</source>
        <translation>%1: 埋め込み %2/%3</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>could not encode the picture</source>
        <translation>画像をエンコードできませんでした</translation>
    </message>
    <message>
        <source>Suggest classes for the unlabeled images and list them most useful to label first: a softmax head on the labeled images&apos; embeddings scores the rest by the strategy, in diverse batches. With fewer than two classes labeled there is no head yet: typical, diverse images come first (k-means on the embeddings) and &quot;suggested&quot; is null.</source>
        <translation>ラベルなしの画像にクラスを提案し、ラベル付けに最も役立つ順に一覧表示します: ラベル付き画像の埋め込みで学習した softmax ヘッドが、残りの画像を戦略に従って多様なバッチ単位でスコア付けします。ラベル付きのクラスが 2 つ未満の場合はまだヘッドがないため、典型的で多様な画像が先に並び (埋め込みに対する k-means)、&quot;suggested&quot; は null になります。</translation>
    </message>
    <message>
        <source>margin (default), entropy, least-confidence or random.</source>
        <translation>margin (既定)、entropy、least-confidence または random。</translation>
    </message>
    <message>
        <source>List at most N images (default: all unlabeled).</source>
        <translation>最大 N 枚の画像を一覧表示します (既定: ラベルなしのすべて)。</translation>
    </message>
    <message>
        <source>Diversity batch: images labeled between retrains (default 20).</source>
        <translation>多様性バッチ: 再学習の間にラベル付けする画像数 (既定 20)。</translation>
    </message>
    <message>
        <source>Seed of the random strategy and the cold start (default 0).</source>
        <translation>random 戦略とコールドスタートのシード (既定 0)。</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>JSON 配列を出力します。</translation>
    </message>
    <message>
        <source>--strategy: margin, entropy, least-confidence or random</source>
        <translation>--strategy: margin、entropy、least-confidence または random</translation>
    </message>
    <message>
        <source>--count: give a number of at least 1</source>
        <translation>--count: 1 以上の数を指定してください</translation>
    </message>
    <message>
        <source>--batch: give a number from 1 to 1000</source>
        <translation>--batch: 1 から 1000 の数を指定してください</translation>
    </message>
    <message>
        <source>suggest: skipped %1: %2</source>
        <translation>suggest: %1 をスキップしました: %2</translation>
    </message>
    <message>
        <source>suggest: fewer than two classes are labeled, so these are typical, diverse images to label first, without suggestions</source>
        <translation>suggest: ラベル付きのクラスが 2 つ未満のため、先にラベル付けすべき典型的で多様な画像を提案なしで示します</translation>
    </message>
    <message>
        <source>Place every image&apos;s embedding on a 2-D map (UMAP after PCA) and write the coordinates (CSV: image,x,y,label) or a picture of it (PNG).</source>
        <translation>すべての画像の埋め込みを 2 次元マップ (PCA の後に UMAP) に配置し、座標 (CSV: image,x,y,label) またはその画像 (PNG) を書き出します。</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.png.</source>
        <translation>FILE.csv または FILE.png。</translation>
    </message>
    <message>
        <source>Neighbours of the graph (default 15).</source>
        <translation>グラフの近傍数 (既定 15)。</translation>
    </message>
    <message>
        <source>Seed of the layout (default 0).</source>
        <translation>レイアウトのシード (既定 0)。</translation>
    </message>
    <message>
        <source>--output: give a .csv or .png file</source>
        <translation>--output: .csv または .png ファイルを指定してください</translation>
    </message>
    <message>
        <source>--neighbours: give a number from 2 to 100</source>
        <translation>--neighbours: 2 から 100 の数を指定してください</translation>
    </message>
    <message>
        <source>map: layout %1/%2</source>
        <translation>map: レイアウト %1/%2</translation>
    </message>
    <message>
        <source>map: %1, %2 s</source>
        <translation>map: %1、%2 s</translation>
    </message>
    <message>
        <source>Train a classifier on the project in DIR.</source>
        <translation>DIR のプロジェクトで分類器を学習します。</translation>
    </message>
    <message>
        <source>Continue the stopped or failed run ID from its last checkpoint, with its own settings.</source>
        <translation>停止または失敗した実行 ID を、その設定のまま最後のチェックポイントから続行します。</translation>
    </message>
    <message>
        <source>Assigned %1 labeled images to train/val (80/20, stratified)</source>
        <translation>ラベル付き画像 %1 枚を train/val に割り当てました (80/20、層化)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <source>run %1 was stopped before it finished; its weights so far are saved</source>
        <translation>実行 %1 は完了前に停止しました。それまでの重みは保存されています</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>実行 %1: %2</translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation>%1 をダウンロードしています …</translation>
    </message>
    <message>
        <source>Find a learning rate: train a throw-away copy of the configured model while the rate grows, and suggest the rate where the loss fell fastest.</source>
        <translation>学習率を探索します: 設定したモデルの使い捨てのコピーを学習率を上げながら学習し、損失が最も速く下がった学習率を提案します。</translation>
    </message>
    <message>
        <source>Lowest rate (default 1e-7).</source>
        <translation>最小学習率 (既定 1e-7)。</translation>
    </message>
    <message>
        <source>Highest rate (default 1).</source>
        <translation>最大学習率 (既定 1)。</translation>
    </message>
    <message>
        <source>Batches (default 100).</source>
        <translation>バッチ数 (既定 100)。</translation>
    </message>
    <message>
        <source>Print the curve and the suggestion as JSON.</source>
        <translation>曲線と提案を JSON で出力します。</translation>
    </message>
    <message>
        <source>a numeric option has a value that is not a number</source>
        <translation>数値オプションに数値でない値が指定されています</translation>
    </message>
    <message>
        <source>suggested learning rate: %1 (%2 steps, %3)</source>
        <translation>推奨学習率: %1 (%2 ステップ、%3)</translation>
    </message>
    <message>
        <source>Evaluate a run on the validation or test split.</source>
        <translation>実行を検証分割またはテスト分割で評価します。</translation>
    </message>
    <message>
        <source>val or test.</source>
        <translation>val または test。</translation>
    </message>
    <message>
        <source>--split must be val or test (or train)</source>
        <translation>--split は val または test (または train) である必要があります</translation>
    </message>
    <message>
        <source>run %1, %2 split: accuracy %3 % on %4 images, macro-F1 %5</source>
        <translation>実行 %1、%2 分割: 画像 %4 枚で正解率 %3 %、macro-F1 %5</translation>
    </message>
    <message>
        <source>top-%1 accuracy %2 %</source>
        <translation>top-%1 正解率 %2 %</translation>
    </message>
    <message>
        <source>most confused:</source>
        <translation>最も混同されたもの:</translation>
    </message>
    <message>
        <source>Export a trained run as a model file, verified by reloading it.</source>
        <translation>学習済みの実行をモデルファイルとしてエクスポートし、再読み込みして照合します。</translation>
    </message>
    <message>
        <source>torchscript or onnx.</source>
        <translation>torchscript または onnx。</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>出力ファイル。</translation>
    </message>
    <message>
        <source>Skip the reload-and-compare check.</source>
        <translation>再読み込みと比較による確認を省略します。</translation>
    </message>
    <message>
        <source>Put the softmax in the graph: the model outputs probabilities.</source>
        <translation>softmax をグラフに含めます: モデルは確率を出力します。</translation>
    </message>
    <message>
        <source>The graph takes RGB pixel values 0-255 (float32 NCHW at the model&apos;s input size) and normalises them itself.</source>
        <translation>グラフは RGB の画素値 0-255 (モデルの入力サイズの float32 NCHW) を受け取り、自身で正規化します。</translation>
    </message>
    <message>
        <source>Do not write the model card (OUTPUT.md).</source>
        <translation>モデルカード (OUTPUT.md) を書き出しません。</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output が必要です</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation>不明な形式 &apos;%1&apos; (%2 のいずれかが必要です)</translation>
    </message>
    <message>
        <source>wrote %1 (run %2)</source>
        <translation>%1 を書き込みました (実行 %2)</translation>
    </message>
    <message>
        <source>model card: %1</source>
        <translation>モデルカード: %1</translation>
    </message>
    <message>
        <source>Classify images with an exported model. An image whose calibrated confidence is below the model&apos;s threshold is reported as unknown.</source>
        <translation>エクスポートしたモデルで画像を分類します。キャリブレーション後の信頼度がモデルのしきい値を下回る画像は不明として報告されます。</translation>
    </message>
    <message>
        <source>A .pt or .onnx file exported by Hone.</source>
        <translation>Hone でエクスポートした .pt または .onnx ファイル。</translation>
    </message>
    <message>
        <source>Image files, or folders of them (searched recursively).</source>
        <translation>画像ファイル、またはそれを含むフォルダー (再帰的に検索)。</translation>
    </message>
    <message>
        <source>Also write the predictions as CSV to FILE.</source>
        <translation>予測を CSV として FILE にも書き出します。</translation>
    </message>
    <message>
        <source>Unknown below this calibrated confidence, 0-1 (default: the model&apos;s).</source>
        <translation>キャリブレーション後の信頼度がこれ未満なら不明、0-1 (既定: モデルの値)。</translation>
    </message>
    <message>
        <source>Unknown above this distance from every class, 0-2 (default: the model&apos;s).</source>
        <translation>すべてのクラスからの距離がこれを超えると不明、0-2 (既定: モデルの値)。</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>stderr に進捗を表示しません。</translation>
    </message>
    <message>
        <source>hone-cli: warning: %1 holds no image</source>
        <translation>hone-cli: warning: %1 に画像がありません</translation>
    </message>
    <message>
        <source>no image to classify</source>
        <translation>分類する画像がありません</translation>
    </message>
    <message>
        <source>--threshold must be a number from 0 to 1</source>
        <translation>--threshold は 0 から 1 の数である必要があります</translation>
    </message>
    <message>
        <source>--max-distance must be a number from 0 to 2</source>
        <translation>--max-distance は 0 から 2 の数である必要があります</translation>
    </message>
    <message>
        <source>classified %1 of %2 images</source>
        <translation>画像 %2 枚中 %1 枚を分類しました</translation>
    </message>
    <message>
        <source>unknown (%1?)</source>
        <translation>不明 (%1?)</translation>
    </message>
    <message>
        <source>%1 images: %2 known, %3 unknown (confidence below %4 %%5), %6 unreadable</source>
        <translation>画像 %1 枚: 既知 %2、不明 %3 (信頼度 %4 % 未満%5)、読み取り不可 %6</translation>
    </message>
    <message>
        <source> or farther than %1 from every class</source>
        <translation>、またはすべてのクラスから %1 より遠い</translation>
    </message>
    <message>
        <source>the project could not be saved</source>
        <translation>プロジェクトを保存できませんでした</translation>
    </message>
    <message>
        <source>Create an empty project in DIR.</source>
        <translation>DIR に空のプロジェクトを作成します。</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>プロジェクト %1 を作成しました</translation>
    </message>
    <message>
        <source>Import images into the project in DIR.</source>
        <translation>DIR のプロジェクトに画像をインポートします。</translation>
    </message>
    <message>
        <source>Image files or folders.</source>
        <translation>画像ファイルまたはフォルダー。</translation>
    </message>
    <message>
        <source>auto, folders (one folder per class), flat, or csv (path,label rows).</source>
        <translation>auto、folders (クラスごとに 1 フォルダー)、flat、または csv (path,label の行)。</translation>
    </message>
    <message>
        <source>Copy the images into the project (the default).</source>
        <translation>画像をプロジェクトにコピーします (既定)。</translation>
    </message>
    <message>
        <source>Leave the images where they are and reference them.</source>
        <translation>画像を元の場所に置いたまま参照します。</translation>
    </message>
    <message>
        <source>--copy and --reference exclude each other</source>
        <translation>--copy と --reference は同時に指定できません</translation>
    </message>
    <message>
        <source>unknown layout &apos;%1&apos;</source>
        <translation>不明なレイアウト &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Imported %1 images, %2 refused, %3 duplicates</source>
        <translation>画像 %1 枚をインポートしました。拒否 %2、重複 %3</translation>
    </message>
    <message>
        <source>Restore the last good version of the project file in DIR when the current one cannot be read. The unreadable file is kept beside it.</source>
        <translation>現在のプロジェクトファイルが読み取れないとき、DIR のプロジェクトファイルの最後の正常なバージョンを復元します。読み取れないファイルはその隣に残します。</translation>
    </message>
    <message>
        <source>The project file of %1 reads correctly; nothing to recover.</source>
        <translation>%1 のプロジェクトファイルは正しく読み取れます。復元するものはありません。</translation>
    </message>
    <message>
        <source>cannot recover %1: %2</source>
        <translation>%1 を復元できません: %2</translation>
    </message>
    <message>
        <source>The unreadable file is kept as %1</source>
        <translation>読み取れないファイルは %1 として残しています</translation>
    </message>
    <message>
        <source>Summarise the project in DIR.</source>
        <translation>DIR のプロジェクトの概要を表示します。</translation>
    </message>
    <message>
        <source>%1 images, %2 labeled, %3 unlabeled</source>
        <translation>画像 %1 枚、ラベル付き %2、ラベルなし %3</translation>
    </message>
    <message>
        <source>splits: train %1, val %2, test %3</source>
        <translation>分割: train %1、val %2、test %3</translation>
    </message>
    <message>
        <source>Label IMAGE (a project-relative path) as CLASS; the class is created if new.</source>
        <translation>IMAGE (プロジェクトからの相対パス) に CLASS のラベルを付けます。新しいクラスは作成されます。</translation>
    </message>
    <message>
        <source>Image path inside the project.</source>
        <translation>プロジェクト内の画像パス。</translation>
    </message>
    <message>
        <source>Class name.</source>
        <translation>クラス名。</translation>
    </message>
    <message>
        <source>no image &apos;%1&apos; in this project</source>
        <translation>このプロジェクトに画像 &apos;%1&apos; はありません</translation>
    </message>
    <message>
        <source>the class name is empty</source>
        <translation>クラス名が空です</translation>
    </message>
    <message>
        <source>Split the labeled images into train/val/test, stratified by class.</source>
        <translation>ラベル付き画像をクラスごとに層化して train/val/test に分割します。</translation>
    </message>
    <message>
        <source>Train share.</source>
        <translation>学習の割合。</translation>
    </message>
    <message>
        <source>Validation share.</source>
        <translation>検証の割合。</translation>
    </message>
    <message>
        <source>Test share.</source>
        <translation>テストの割合。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>乱数シード。</translation>
    </message>
    <message>
        <source>ratios must be non-negative numbers and the seed an integer</source>
        <translation>割合は 0 以上の数、シードは整数である必要があります</translation>
    </message>
    <message>
        <source>Write a demo project of Fashion-MNIST images to DIR.</source>
        <translation>Fashion-MNIST 画像のデモプロジェクトを DIR に書き出します。</translation>
    </message>
    <message>
        <source>Project folder (created).</source>
        <translation>プロジェクトフォルダー (作成されます)。</translation>
    </message>
    <message>
        <source>Images per class.</source>
        <translation>クラスごとの画像数。</translation>
    </message>
    <message>
        <source>--per-class must be between 2 and 1000</source>
        <translation>--per-class は 2 から 1000 の間である必要があります</translation>
    </message>
    <message>
        <source>Demo project written to %1</source>
        <translation>デモプロジェクトを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Export the labeled images as an ImageFolder tree or a CSV.</source>
        <translation>ラベル付き画像を ImageFolder のツリーまたは CSV としてエクスポートします。</translation>
    </message>
    <message>
        <source>folders or csv.</source>
        <translation>folders または csv。</translation>
    </message>
    <message>
        <source>A new folder, or the CSV file.</source>
        <translation>新しいフォルダー、または CSV ファイル。</translation>
    </message>
    <message>
        <source>folders: put classes under train/, val/ and test/.</source>
        <translation>folders: クラスを train/、val/、test/ の下に置きます。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected folders or csv)</source>
        <translation>不明な形式 &apos;%1&apos; (folders または csv が必要です)</translation>
    </message>
    <message>
        <source>%1: the file is missing; left out</source>
        <translation>%1: ファイルがないため除外しました</translation>
    </message>
    <message>
        <source>Wrote %1 images to %2</source>
        <translation>画像 %1 枚を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Write a training report (HTML, or PDF when FILE ends in .pdf): configuration, curves, confusion matrix, per-class table and the most confident mistakes, and a data-health section.</source>
        <translation>学習レポート (HTML、FILE が .pdf で終わる場合は PDF) を書き出します: 構成、曲線、混同行列、クラス別の表、信頼度が最も高い誤り、データの健全性のセクション。</translation>
    </message>
    <message>
        <source>Output file (.html or .pdf).</source>
        <translation>出力ファイル (.html または .pdf)。</translation>
    </message>
    <message>
        <source>Leave out the data-health section (a data-doctor scan with the bundled backbone).</source>
        <translation>データの健全性のセクション (同梱のバックボーンによるデータドクタースキャン) を省略します。</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>--output FILE が必要です</translation>
    </message>
    <message>
        <source>warning: no data-health section: %1</source>
        <translation>警告: データの健全性のセクションなし: %1</translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation>実行 %1 のレポートを %2 に書き出しました</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>[training options]</source>
        <translation>[学習オプション]</translation>
    </message>
    <message>
        <source>Training options (%1):</source>
        <translation>学習オプション (%1):</translation>
    </message>
    <message>
        <source>Exit status and output:</source>
        <translation>終了ステータスと出力:</translation>
    </message>
    <message>
        <source>&apos;hone-cli COMMAND --help&apos; describes a command and each of its options.</source>
        <translation>&apos;hone-cli COMMAND --help&apos; でコマンドとその各オプションの説明を表示します。</translation>
    </message>
    <message>
        <source>Usage: hone-cli COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>使い方: hone-cli COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Hone without a window: every step from import to export, for scripts and machines without a display.</source>
        <translation>ウィンドウなしの Hone: インポートからエクスポートまでのすべての手順を、スクリプトやディスプレイのないマシンで実行できます。</translation>
    </message>
    <message>
        <source>0 success; 1 failure, with &quot;hone-cli: error: ...&quot; on stderr; 2 usage error. --json output goes to stdout alone, so it always parses; progress and messages go to stderr. Without --run, a command uses the latest finished run.</source>
        <translation>0 成功、1 失敗 (stderr に &quot;hone-cli: error: ...&quot; を出力)、2 使い方の誤り。--json の出力は stdout だけに出るため、常に解析できます。進捗とメッセージは stderr に出ます。--run を指定しないと、コマンドは最新の完了した実行を使います。</translation>
    </message>
    <message>
        <source>Checking images: %1/%2</source>
        <translation>画像を確認しています: %1/%2</translation>
    </message>
    <message>
        <source>best validation accuracy %1, epoch %2</source>
        <translation>最良の検証正解率 %1（エポック %2）</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>正解率 %1</translation>
    </message>
    <message>
        <source>--image-size: give 32 to 1024 pixels</source>
        <translation>--image-size: 32 から 1024 ピクセルを指定してください</translation>
    </message>
    <message>
        <source>%1 at %2 px: %3 ms per image to train on %4 (%5 threads)</source>
        <translation>%1 (%2 px): %4 で 1 枚の学習に %3 ミリ秒 (%5 スレッド)</translation>
    </message>
    <message>
        <source>Measure how long backbone NAME takes to train on one image on this computer (kept for the GUI&apos;s picker).</source>
        <translation>バックボーン NAME がこのコンピューターで 1 枚の画像を学習するのにかかる時間を測定します (GUI の選択画面用に保存)。</translation>
    </message>
    <message>
        <source>With --speed: the input size (default: the size its default weights train at).</source>
        <translation>--speed と併用: 入力サイズ (既定: 既定の重みが学習したサイズ)。</translation>
    </message>
</context>
<context>
    <name>Hone::Cli::EmbeddingOptions</name>
    <message>
        <source>Architecture whose embeddings are used (default: the bundled one).</source>
        <translation>埋め込みに使うアーキテクチャ (既定: 同梱のもの)。</translation>
    </message>
    <message>
        <source>default, imagenet, none, a catalog id or a weight file (default: the bundled weights for the bundled backbone, ImageNet for the others).</source>
        <translation>default、imagenet、none、カタログ id、または重みファイル (既定: 同梱のバックボーンには同梱の重み、それ以外は ImageNet)。</translation>
    </message>
    <message>
        <source>Input size (default: the weights&apos; own).</source>
        <translation>入力サイズ (既定: 重み自身のサイズ)。</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>不明なバックボーン &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--image-size: give a size from 16 to 1024</source>
        <translation>--image-size: 16 から 1024 のサイズを指定してください</translation>
    </message>
</context>
<context>
    <name>Hone::Cli::TrainingOptions</name>
    <message>
        <source>--%1: &apos;%2&apos; is not understood</source>
        <translation>--%1: &apos;%2&apos; を解釈できません</translation>
    </message>
    <message>
        <source>--freeze: &apos;%1&apos; is not a stage of %2 (%3)</source>
        <translation>--freeze: &apos;%1&apos; は %2 のステージではありません (%3)</translation>
    </message>
    <message>
        <source>the project&apos;s default weights (%1) are not for %2: add --weights default, imagenet, none or a file</source>
        <translation>プロジェクトの既定の重み (%1) は %2 用ではありません: --weights default、imagenet、none またはファイルを追加してください</translation>
    </message>
    <message>
        <source>resnet18, resnet34, resnet50, mobilenet_v2, mobilenet_v3_small, mobilenet_v3_large, efficientnet_b0, efficientnet_v2_s, regnet_y_800mf or regnet_y_1_6gf (hone-cli backbones).</source>
        <translation>resnet18、resnet34、resnet50、mobilenet_v2、mobilenet_v3_small、mobilenet_v3_large、efficientnet_b0、efficientnet_v2_s、regnet_y_800mf または regnet_y_1_6gf (hone-cli backbones)。</translation>
    </message>
    <message>
        <source>default (the backbone Hone ships), imagenet (torchvision&apos;s, downloaded once), none, a catalog id (hone-cli backbones), or a weight file (.pth, .safetensors).</source>
        <translation>default (Hone に同梱のバックボーン)、imagenet (torchvision の重み、初回にダウンロード)、none、カタログ id (hone-cli backbones)、または重みファイル (.pth、.safetensors)。</translation>
    </message>
    <message>
        <source>Frozen stages: 0 = train all ... 5 = head only, or the name of the last frozen stage (hone-cli backbones lists them).</source>
        <translation>凍結ステージ: 0 = すべて学習 ... 5 = ヘッドのみ、または最後に凍結するステージの名前 (hone-cli backbones で一覧を表示できます)。</translation>
    </message>
    <message>
        <source>fine-tune: epochs of the head alone (default: a fifth).</source>
        <translation>fine-tune: ヘッドだけを学習するエポック数 (既定: 5 分の 1)。</translation>
    </message>
    <message>
        <source>fine-tune: rate factor per stage below the head (default 0.5).</source>
        <translation>fine-tune: ヘッドより下のステージごとの学習率係数 (既定 0.5)。</translation>
    </message>
    <message>
        <source>Epochs.</source>
        <translation>エポック数。</translation>
    </message>
    <message>
        <source>Batch size, or auto (4 to 32: about 16 steps an epoch; the default).</source>
        <translation>バッチサイズ、または auto (4 ～ 32: 1 エポックあたり約 16 ステップ。既定)。</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>学習率。</translation>
    </message>
    <message>
        <source>adamw or sgd.</source>
        <translation>adamw または sgd。</translation>
    </message>
    <message>
        <source>Nesterov momentum (SGD).</source>
        <translation>Nesterov モーメンタム (SGD)。</translation>
    </message>
    <message>
        <source>Weight decay (not on biases and norms).</source>
        <translation>重み減衰 (バイアスと正規化層には適用しません)。</translation>
    </message>
    <message>
        <source>Weight decay on biases and norms too.</source>
        <translation>バイアスと正規化層にも重み減衰を適用します。</translation>
    </message>
    <message>
        <source>Learning-rate schedule: cosine, onecycle, step or constant.</source>
        <translation>学習率スケジュール: cosine、onecycle、step または constant。</translation>
    </message>
    <message>
        <source>Warm-up epochs (cosine schedule).</source>
        <translation>ウォームアップのエポック数 (cosine スケジュール)。</translation>
    </message>
    <message>
        <source>Label smoothing, 0 to below 1.</source>
        <translation>ラベル平滑化、0 以上 1 未満。</translation>
    </message>
    <message>
        <source>Clip the global gradient norm to X (0 = off).</source>
        <translation>勾配全体のノルムを X にクリップします (0 = オフ)。</translation>
    </message>
    <message>
        <source>none or balanced (inverse class frequency).</source>
        <translation>none または balanced (クラス頻度の逆数)。</translation>
    </message>
    <message>
        <source>Stop after N epochs without improvement (0 = off).</source>
        <translation>N エポック改善しなければ停止します (0 = オフ)。</translation>
    </message>
    <message>
        <source>val_accuracy or val_loss: what improves, and which epoch is best.</source>
        <translation>val_accuracy または val_loss: 改善を判定する指標で、最良エポックの基準にもなります。</translation>
    </message>
    <message>
        <source>Keep the last epoch&apos;s weights instead of the best epoch&apos;s.</source>
        <translation>最良エポックではなく最後のエポックの重みを保持します。</translation>
    </message>
    <message>
        <source>Augmentations, comma-separated: flip, crop, rotate, color, trivial (default: flip).</source>
        <translation>データ拡張 (カンマ区切り): flip、crop、rotate、color、trivial (既定: flip)。</translation>
    </message>
    <message>
        <source>No augmentation at all.</source>
        <translation>データ拡張を一切行いません。</translation>
    </message>
    <message>
        <source>Feature cache: random views kept per image when augmenting more than flips (default 4).</source>
        <translation>特徴キャッシュ: 反転以外のデータ拡張を行うとき、画像ごとに保持するランダムなビューの数 (既定 4)。</translation>
    </message>
    <message>
        <source>Run the frozen stages on every batch instead of caching their output.</source>
        <translation>凍結ステージの出力をキャッシュせず、バッチごとに凍結ステージを実行します。</translation>
    </message>
    <message>
        <source>Input size in pixels.</source>
        <translation>入力サイズ (ピクセル)。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>乱数シード。</translation>
    </message>
    <message>
        <source>CPU threads (0 = all cores).</source>
        <translation>CPU スレッド数 (0 = すべてのコア)。</translation>
    </message>
    <message>
        <source>auto (fp16 mixed precision on CUDA, fp32 on a CPU), fp32, fp16 (CUDA) or bf16 (CUDA, or CPUs with AVX-512 BF16).</source>
        <translation>auto (CUDA では fp16 混合精度、CPU では fp32)、fp32、fp16 (CUDA) または bf16 (CUDA、または AVX-512 BF16 対応の CPU)。</translation>
    </message>
    <message>
        <source>Channels-last memory format: auto (on CUDA), on or off.</source>
        <translation>channels-last メモリ形式: auto (CUDA でオン)、on または off。</translation>
    </message>
    <message>
        <source>auto (the default: chosen from the data, see README), custom (train from --freeze on), feature-extraction (the head only) or fine-tune (the head first, then from --freeze on with lower rates for earlier stages).</source>
        <translation>auto (既定: データから選択、README 参照)、custom (--freeze 以降を学習)、feature-extraction (ヘッドのみ)、または fine-tune (まずヘッド、次に --freeze 以降を前のステージほど低い学習率で)。</translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionGallery</name>
    <message>
        <source>%1 predicted as %2</source>
        <translation>%2 と予測された %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of class %1 predicted as %2, most confident first. Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); double-click to open an image in the Dataset view.</source>
        <translation>
            <numerusform>%2 と予測されたクラス %1 の画像 %n 枚 (信頼度の高い順)。1–9 キーで選択した画像にクラスを付け、0 キーでラベルを外します (編集 › 元に戻す で取り消せます)。ダブルクリックするとデータセットビューで画像を開きます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::ConfusionMatrixWidget</name>
    <message>
        <source>Click a cell to see its images</source>
        <translation>セルをクリックすると画像を表示します</translation>
    </message>
    <message numerus="yes">
        <source>%1 predicted as %2: %n image(s), %3 % of the class. Click to see them.</source>
        <translation>
            <numerusform>%2 と予測された %1: 画像 %n 枚、クラスの %3 %。クリックすると表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first validation pass.</source>
        <translation>混同行列は最初の検証の後に表示されます。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>正解クラス</translation>
    </message>
</context>
<context>
    <name>Hone::CrossValidation</name>
    <message>
        <source>no labelled images: label issues need labels to check</source>
        <translation>ラベル付きの画像がありません: ラベルの問題を調べるにはラベルが必要です</translation>
    </message>
    <message>
        <source>no class has two labelled images: label issues need at least two per class</source>
        <translation>ラベル付きの画像が 2 枚以上あるクラスがありません: ラベルの問題を調べるにはクラスごとに 2 枚以上必要です</translation>
    </message>
    <message>
        <source>%1 folds instead of %2: the smallest class has %3 images</source>
        <translation>%2 フォールドではなく %1 フォールドです: 最小のクラスの画像が %3 枚のためです</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) with a single image not scored: no model can learn a class from the image it judges</source>
        <translation>
            <numerusform>画像が 1 枚しかない %n クラスはスコアを付けていません: 判定対象の画像そのものからクラスを学習できるモデルはありません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DataDoctor</name>
    <message>
        <source>no labelled images: the model cannot learn this class; label some or remove the class</source>
        <translation>ラベル付きの画像がありません: モデルはこのクラスを学習できません。画像にラベルを付けるか、クラスを削除してください</translation>
    </message>
    <message>
        <source>%1× fewer images than the median class (%2): training sees it rarely, so the model leans towards the larger classes and its accuracy on this one is the least certain. Label more of it, or train with class weights (balanced).</source>
        <translation>画像数がクラスの中央値 (%2 枚) の %1 分の 1 です: 学習でほとんど現れないため、モデルは大きなクラスに偏り、このクラスの正解率は最も不確かです。このクラスの画像にもっとラベルを付けるか、クラスの重み (balanced) を使って学習してください。</translation>
    </message>
    <message>
        <source>Scanned %1 images (%2 labelled) with %3 in %4 s; %5 folds.</source>
        <translation>%3 で画像 %1 枚 (ラベル付き %2 枚) を %4 s でスキャンしました。%5 フォールド。</translation>
    </message>
    <message>
        <source>Label issues: %1</source>
        <translation>ラベルの問題: %1</translation>
    </message>
    <message>
        <source>  %1: labelled %2, looks like %3 (score %4)</source>
        <translation>  %1: ラベルは %2、%3 に見えます (スコア %4)</translation>
    </message>
    <message>
        <source>Duplicate groups: %1 (%2 across splits)</source>
        <translation>重複グループ: %1 (分割間 %2)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <source>near</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>, across splits</source>
        <translation>、分割間</translation>
    </message>
    <message>
        <source>Image problems: %1</source>
        <translation>画像の問題: %1</translation>
    </message>
    <message>
        <source>Outliers: %1</source>
        <translation>外れ値: %1</translation>
    </message>
    <message>
        <source>Small class %1 (%2 images): %3</source>
        <translation>小さいクラス %1 (画像 %2 枚): %3</translation>
    </message>
    <message>
        <source>Unreadable images: %1</source>
        <translation>読み取れない画像: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) checked earlier and not shown</source>
        <translation>
            <numerusform>以前に確認済みの検出結果 %n 件は表示していません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::DatasetWorkspace</name>
    <message>
        <source>All splits</source>
        <translation>すべての分割</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>the test split (noun), beside Training and Validation</extracomment>
        <translation>テスト</translation>
    </message>
    <message>
        <source>No split</source>
        <translation>分割なし</translation>
    </message>
    <message>
        <source>Filter by file name…</source>
        <translation>ファイル名で絞り込み…</translation>
    </message>
    <message>
        <source>How the Label next queue ranks unlabeled images</source>
        <translation>ラベル付けキューでラベルなしの画像を並べる方法</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>マージン</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>エントロピー</translation>
    </message>
    <message>
        <source>Least confidence</source>
        <translation>最小信頼度</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>フォルダーをインポート(&amp;F)…</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>フォルダーのインポート</translation>
    </message>
    <message>
        <source>Import &amp;Images or CSV…</source>
        <translation>画像または CSV をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Images</source>
        <translation>画像のインポート</translation>
    </message>
    <message>
        <source>Images and label files (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)</source>
        <translation>画像とラベルファイル (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)</translation>
    </message>
    <message>
        <source>Off: images stay where they are and the project refers to them.</source>
        <translation>オフ: 画像は元の場所に置かれ、プロジェクトはそれを参照します。</translation>
    </message>
    <message>
        <source>&amp;Split Dataset…</source>
        <translation>データセットを分割(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Next Unlabeled Image</source>
        <translation>次のラベルなし画像(&amp;N)</translation>
    </message>
    <message>
        <source>Every image here is labeled</source>
        <translation>ここにある画像はすべてラベル付け済みです</translation>
    </message>
    <message>
        <source>Move to &amp;Training Split</source>
        <translation>学習分割に移動(&amp;T)</translation>
    </message>
    <message>
        <source>Move to &amp;Validation Split</source>
        <translation>検証分割に移動(&amp;V)</translation>
    </message>
    <message>
        <source>Move to T&amp;est Split</source>
        <translation>テスト分割に移動(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove from Splits</source>
        <translation>分割から外す(&amp;R)</translation>
    </message>
    <message>
        <source>Export Dataset as &amp;Folders…</source>
        <translation>データセットをフォルダーとしてエクスポート(&amp;F)…</translation>
    </message>
    <message>
        <source>Export Dataset as &amp;CSV…</source>
        <translation>データセットを CSV としてエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>No class %1: add classes in the class panel first</source>
        <translation>クラス %1 はありません: 先にクラスパネルでクラスを追加してください</translation>
    </message>
    <message>
        <source>Split the labeled images per class</source>
        <translation>ラベル付き画像をクラスごとに分割</translation>
    </message>
    <message>
        <source>Export Dataset as CSV</source>
        <translation>データセットを CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export Dataset into an Empty Folder</source>
        <translation>データセットを空のフォルダーにエクスポート</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>データセットのエクスポート</translation>
    </message>
    <message>
        <source>Put the classes under train/, val/ and test/ folders?</source>
        <translation>クラスを train/、val/、test/ フォルダーの下に置きますか?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1</source>
        <translation>
            <numerusform>画像 %n 枚を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing images…</source>
        <translation>画像をインポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>インポートに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚をインポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>、重複 %n 件をスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (キャンセル済み)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 個のファイルをインポートできませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggest classes for unlabeled images with a head trained on the labeled ones; it retrains in the background as you label.</source>
        <translation>ラベル付き画像で学習したヘッドで、ラベルなしの画像にクラスを提案します。ラベル付けに合わせてバックグラウンドで再学習します。</translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Label</source>
        <translation>提案されたラベルを採用(&amp;A)</translation>
    </message>
    <message>
        <source>No suggestion to accept here</source>
        <translation>ここには採用できる提案がありません</translation>
    </message>
    <message>
        <source>Accept Suggestions</source>
        <translation>提案の採用</translation>
    </message>
    <message>
        <source>Accept every suggested label at or above this confidence (%):</source>
        <translation>この信頼度 (%) 以上の提案ラベルをすべて採用:</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggested label(s) (undo reverts them all)</source>
        <translation>
            <numerusform>提案ラベル %n 件を採用しました (元に戻す ですべて取り消せます)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label Next Queue</source>
        <translation>ラベル付けキュー(&amp;L)</translation>
    </message>
    <message>
        <source>Show only unlabeled images, the ones whose labels teach the model most first</source>
        <translation>ラベルなしの画像だけを、ラベルを付けるとモデルが最も多く学べる順に表示します</translation>
    </message>
    <message>
        <source>Nothing left to label</source>
        <translation>ラベル付けする画像は残っていません</translation>
    </message>
    <message>
        <source>%1? %2 % — Enter accepts</source>
        <translation>%1? %2 % — Enter で採用</translation>
    </message>
    <message>
        <source>C&amp;opy Imported Images into the Project</source>
        <translation>インポートした画像をプロジェクトにコピー(&amp;O)</translation>
    </message>
    <message>
        <source>Show Su&amp;ggested Labels</source>
        <translation>ラベルの提案を表示(&amp;G)</translation>
    </message>
    <message>
        <source>Accept All Suggestions A&amp;bove…</source>
        <translation>しきい値以上の提案をすべて採用(&amp;B)…</translation>
    </message>
    <message>
        <source>Ne&amp;xt in Label Queue</source>
        <translation>キューの次の画像(&amp;X)</translation>
    </message>
</context>
<context>
    <name>Hone::DoctorFindingsModel</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Given label</source>
        <translation>付与されたラベル</translation>
    </message>
    <message>
        <source>Suggested label</source>
        <translation>提案ラベル</translation>
    </message>
    <message>
        <source>Label quality</source>
        <translation>ラベル品質</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Kind / label</source>
        <translation>種類 / ラベル</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>類似度</translation>
    </message>
    <message>
        <source>Leak</source>
        <translation>リーク</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Outlier score</source>
        <translation>外れ値スコア</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Effect on training</source>
        <translation>学習への影響</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates (%n image(s))</source>
        <translation>
            <numerusform>完全重複 (画像 %n 枚)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near duplicates (%n image(s))</source>
        <translation>
            <numerusform>近似重複 (画像 %n 枚)</numerusform>
        </translation>
    </message>
    <message>
        <source>exact</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <source>near</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>リーク</translation>
    </message>
    <message>
        <source>no longer leaking</source>
        <translation>リーク解消済み</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>暗い</translation>
    </message>
    <message>
        <source>overexposed</source>
        <translation>露出過多</translation>
    </message>
    <message>
        <source>blurry</source>
        <translation>ぼやけ</translation>
    </message>
    <message>
        <source>low information</source>
        <extracomment>an image that is nearly flat: almost one grey level</extracomment>
        <translation>情報量が少ない</translation>
    </message>
    <message>
        <source>odd size</source>
        <extracomment>an image whose size or aspect ratio is unusual among the dataset&apos;s images</extracomment>
        <translation>異常なサイズ</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>グレースケール</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the problems of one image</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Split</source>
        <comment>noun: train, val or test</comment>
        <translation>分割</translation>
    </message>
</context>
<context>
    <name>Hone::DoctorWorkspace</name>
    <message>
        <source>Label issues (%1)</source>
        <translation>ラベルの問題 (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>重複 (%1)</translation>
    </message>
    <message>
        <source>Leakage (%1)</source>
        <translation>リーク (%1)</translation>
    </message>
    <message>
        <source>Image problems (%1)</source>
        <translation>画像の問題 (%1)</translation>
    </message>
    <message>
        <source>Outliers (%1)</source>
        <translation>外れ値 (%1)</translation>
    </message>
    <message>
        <source>Small classes (%1)</source>
        <translation>小さいクラス (%1)</translation>
    </message>
    <message>
        <source>Unreadable (%1)</source>
        <translation>読み取り不可 (%1)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>再学習</translation>
    </message>
    <message>
        <source>Look for mislabelled images, duplicates, leakage across splits and image problems</source>
        <translation>ラベル誤りの画像、重複、分割間のリーク、画像の問題を探します</translation>
    </message>
    <message>
        <source>Scan the project (%1)</source>
        <translation>プロジェクトをスキャン (%1)</translation>
    </message>
    <message>
        <source>The network whose embeddings the scan compares</source>
        <translation>スキャンで比較する埋め込みを出力するネットワーク</translation>
    </message>
    <message>
        <source>Cross-validation folds: each image is judged by a model that never saw it</source>
        <translation>交差検証のフォールド数: 各画像はその画像を見ていないモデルで判定されます</translation>
    </message>
    <message>
        <source>Self-confidence</source>
        <translation>自己信頼度</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>マージン</translation>
    </message>
    <message>
        <source>How label issues are ranked: the probability of the given label, or its margin over the most likely other class</source>
        <translation>ラベルの問題の順位付け方法: 付与されたラベルの確率、または最も可能性の高い他のクラスとのマージン</translation>
    </message>
    <message>
        <source>Train again with the current settings on the fixed dataset</source>
        <translation>修正したデータセットで、現在の設定のまま再学習します</translation>
    </message>
    <message>
        <source>Scan to find mislabelled images, duplicates (and those that leak across splits), image problems, outliers and small classes.</source>
        <translation>スキャンして、ラベル誤りの画像、重複 (分割間でリークしているものを含む)、画像の問題、外れ値、小さいクラスを見つけます。</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>バックボーン:</translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation>フォールド数:</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>順位付け:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; accept the suggested label · &lt;b&gt;1–9&lt;/b&gt; label with class 1–9 · &lt;b&gt;Space&lt;/b&gt; or &lt;b&gt;C&lt;/b&gt; checked, not an issue · &lt;b&gt;K&lt;/b&gt; keep this duplicate, remove the others · &lt;b&gt;S&lt;/b&gt; one split for the group · &lt;b&gt;Delete&lt;/b&gt; remove the image · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo</source>
        <translation>&lt;b&gt;Enter&lt;/b&gt; 提案ラベルを採用 · &lt;b&gt;1–9&lt;/b&gt; クラス 1–9 のラベルを付ける · &lt;b&gt;Space&lt;/b&gt; または &lt;b&gt;C&lt;/b&gt; 確認済み (問題なし) · &lt;b&gt;K&lt;/b&gt; この重複を残して他を削除 · &lt;b&gt;S&lt;/b&gt; グループを 1 つの分割にまとめる · &lt;b&gt;Delete&lt;/b&gt; 画像を削除 · &lt;b&gt;Ctrl+Z&lt;/b&gt; 元に戻す</translation>
    </message>
    <message>
        <source>random weights</source>
        <translation>ランダムな重み</translation>
    </message>
    <message>
        <source>bundled weights (%1)</source>
        <translation>同梱の重み (%1)</translation>
    </message>
    <message>
        <source>The project has no images to scan.</source>
        <translation>プロジェクトにスキャンする画像がありません。</translation>
    </message>
    <message>
        <source>Cannot scan: %1</source>
        <translation>スキャンできません: %1</translation>
    </message>
    <message>
        <source>The %1 weights are not on this computer yet: download them in the Train workspace (Backbone), or choose another backbone.</source>
        <translation>%1 の重みはまだこのコンピューターにありません: 学習ワークスペース (バックボーン) でダウンロードするか、別のバックボーンを選んでください。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n image(s) with %1…</source>
        <translation>
            <numerusform>%1 で画像 %n 枚をスキャンしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Embedding %1/%2</source>
        <translation>埋め込み %1/%2</translation>
    </message>
    <message>
        <source>Fold %1/%2</source>
        <translation>フォールド %1/%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>スキャンをキャンセルしました。</translation>
    </message>
    <message>
        <source>Scan failed: %1</source>
        <translation>スキャンに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n image(s) with %1 in %2 s, %3 folds.</source>
        <translation>
            <numerusform>%1 で画像 %n 枚を %2 s でスキャンしました。%3 フォールド。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) checked earlier are left out.</source>
        <translation>
            <numerusform>以前に確認済みの検出結果 %n 件は除外しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Data doctor: %1</source>
        <translation>データドクター: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Scan for &amp;Problems</source>
        <translation>問題をスキャン(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingMap</name>
    <message>
        <source>UMAP (%1 neighbours) on the first %2 principal axes of the centred embeddings, started from the first two</source>
        <translation>中心化した埋め込みの第 %2 主成分までに対する UMAP (近傍数 %1)、最初の 2 軸から開始</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingMapView</name>
    <message>
        <source>No map yet</source>
        <translation>マップはまだありません</translation>
    </message>
</context>
<context>
    <name>Hone::EmbeddingPass</name>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>不明なバックボーン &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the backbone returned embeddings of an unexpected size</source>
        <translation>バックボーンが予期しないサイズの埋め込みを返しました</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>ファイルがありません</translation>
    </message>
</context>
<context>
    <name>Hone::EvaluateWorkspace</name>
    <message>
        <source>Evaluate</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>レポートをエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>A finished training run</source>
        <translation>完了した学習の実行</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>the test split (noun), beside Validation</extracomment>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Evaluate the run on the split (F5)</source>
        <translation>実行をこの分割で評価します (F5)</translation>
    </message>
    <message>
        <source>Write an HTML or PDF report: configuration, curves, confusion matrix, per-class table and the most confident mistakes</source>
        <translation>HTML または PDF のレポートを書き出します: 構成、曲線、混同行列、クラス別の表、信頼度が最も高い誤り</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>正解クラス</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>予測クラス</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Double-click a pair to see its images</source>
        <translation>ペアをダブルクリックすると画像を表示します</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>実行(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>分割(&amp;S):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per class&lt;/b&gt; (click a header to sort)</source>
        <translation>&lt;b&gt;クラス別&lt;/b&gt; (見出しをクリックで並べ替え)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Most confused pairs&lt;/b&gt;</source>
        <translation>&lt;b&gt;最も混同されたペア&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Misclassified, most confident first&lt;/b&gt;</source>
        <translation>&lt;b&gt;誤分類 (信頼度の高い順)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The project&apos;s images changed since the evaluation: press Evaluate (F5) again.</source>
        <translation>評価の後にプロジェクトの画像が変更されました: もう一度「評価」(F5) を押してください。</translation>
    </message>
    <message>
        <source>%1 · %2 · best %3 %</source>
        <translation>%1 · %2 · 最良 %3 %</translation>
    </message>
    <message>
        <source>Cannot evaluate: %1</source>
        <translation>評価できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating run %1 on %n image(s)…</source>
        <translation>
            <numerusform>実行 %1 を画像 %n 枚で評価しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>評価に失敗しました: %1</translation>
    </message>
    <message>
        <source>Run %1 on the %2 split: %3 % accuracy</source>
        <translation>実行 %1、%2 分割: 正解率 %3 %</translation>
    </message>
    <message>
        <source>This run has no calibration (trained by an earlier version).</source>
        <translation>この実行にはキャリブレーションがありません (以前のバージョンで学習)。</translation>
    </message>
    <message>
        <source>No temperature fitted: %1.</source>
        <translation>温度は推定されていません: %1。</translation>
    </message>
    <message numerus="yes">
        <source>T fitted on %n validation image(s).</source>
        <translation>
            <numerusform>T は検証画像 %n 枚で推定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a run and a split, then press Evaluate (F5).</source>
        <translation>実行と分割を選んで、「評価」(F5) を押してください。</translation>
    </message>
    <message>
        <source>No finished run yet: train a model first.</source>
        <translation>完了した実行はまだありません: 先にモデルを学習してください。</translation>
    </message>
    <message numerus="yes">
        <source>Run &lt;b&gt;%1&lt;/b&gt; on the &lt;b&gt;%2&lt;/b&gt; split: %n image(s), accuracy &lt;b&gt;%3 %&lt;/b&gt; (95 % CI %4–%5 %), macro-F1 &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>
            <numerusform>実行 &lt;b&gt;%1&lt;/b&gt;、&lt;b&gt;%2&lt;/b&gt; 分割: 画像 %n 枚、正解率 &lt;b&gt;%3 %&lt;/b&gt; (95 % CI %4–%5 %)、macro-F1 &lt;b&gt;%6&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>, top-%1 &lt;b&gt;%2 %&lt;/b&gt;</source>
        <translation>、top-%1 &lt;b&gt;%2 %&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source> (%n image(s) skipped)</source>
        <translation>
            <numerusform> (画像 %n 枚をスキップ)</numerusform>
        </translation>
    </message>
    <message>
        <source>No image was confused.</source>
        <translation>混同された画像はありません。</translation>
    </message>
    <message>
        <source>run %1, %2 split</source>
        <translation>実行 %1、%2 分割</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s). Press 1–9 to give the selected images a class, 0 to unlabel them (Edit › Undo reverts); Enter opens an image in the Dataset view.</source>
        <translation>
            <numerusform>誤り %n 件。1–9 キーで選択した画像にクラスを付け、0 キーでラベルを外します (編集 › 元に戻す で取り消せます)。Enter でデータセットビューに画像を開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most confident are shown.</source>
        <translation>信頼度の高い %1 件を表示しています。</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>HTML file (*.html);;PDF document (*.pdf)</source>
        <translation>HTML ファイル (*.html);;PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written:
%1</source>
        <translation>レポートを書き出せませんでした:
%1</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>レポートは書き出されませんでした: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>Hone::GradCamView</name>
    <message>
        <source>&amp;Heat map</source>
        <translation>ヒートマップ(&amp;H)</translation>
    </message>
    <message>
        <source>Blend the Grad-CAM heat map over the image: red where the evidence for the class lies</source>
        <translation>Grad-CAM ヒートマップを画像に重ねます: クラスの根拠がある場所が赤くなります</translation>
    </message>
    <message>
        <source>The class whose evidence is shown</source>
        <translation>根拠を表示するクラス</translation>
    </message>
    <message>
        <source>Explain:</source>
        <translation>説明対象:</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>予測クラス</translation>
    </message>
    <message>
        <source>Select an image to see where the model looks.</source>
        <translation>画像を選ぶと、モデルが注目している場所を表示します。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算しています…</translation>
    </message>
    <message>
        <source>%1: evidence for &lt;b&gt;%2&lt;/b&gt; (probability %3 %).</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; の根拠 (確率 %3 %)。</translation>
    </message>
    <message>
        <source>Labelled %1 (probability %2 %).</source>
        <translation>ラベルは %1 (確率 %2 %)。</translation>
    </message>
    <message>
        <source>Map resolution %1 × %2, the network&apos;s last stage.</source>
        <translation>マップの解像度 %1 × %2 (ネットワークの最終ステージ)。</translation>
    </message>
</context>
<context>
    <name>Hone::ImageGridDelegate</name>
    <message>
        <source>unlabeled</source>
        <translation>ラベルなし</translation>
    </message>
</context>
<context>
    <name>Hone::ImageGridModel</name>
    <message>
        <source>%1
class: %2
split: %3</source>
        <translation>%1
クラス: %2
分割: %3</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>Hone::LabelAssistant</name>
    <message>
        <source>the trunk of run %1</source>
        <translation>実行 %1 のバックボーン部分</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions: reading %n image(s)…</source>
        <translation>
            <numerusform>提案: 画像 %n 枚を読み込んでいます…</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions unavailable: %1</source>
        <translation>提案を利用できません: %1</translation>
    </message>
    <message>
        <source>Suggestions: embedding %1 of %2 images…</source>
        <translation>提案: 画像 %2 枚中 %1 枚を埋め込み中…</translation>
    </message>
    <message>
        <source>Label next: typical, diverse images first; suggestions start once two classes have labels</source>
        <translation>ラベル付けキュー: 典型的で多様な画像が先です。2 つのクラスにラベルが付くと提案が始まります</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions from %n label(s) on the features of %1 (queue: %2; refreshed in %3 s)</source>
        <translation>
            <numerusform>%1 の特徴に基づくラベル %n 件からの提案 (キュー: %2、%3 s で更新)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::LrFinderDialog</name>
    <message>
        <source>Find a Learning Rate</source>
        <translation>学習率の探索</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>損失 (平滑化)</translation>
    </message>
    <message>
        <source>batch %v of %m</source>
        <translation>バッチ %v / %m</translation>
    </message>
    <message>
        <source>Training a throw-away copy of the model while the learning rate grows from %1 to %2…</source>
        <translation>学習率を %1 から %2 まで上げながら、モデルの使い捨てのコピーを学習しています…</translation>
    </message>
    <message>
        <source>&amp;Use This Rate</source>
        <translation>この学習率を使用(&amp;U)</translation>
    </message>
    <message>
        <source>The range test did not finish: %1</source>
        <translation>範囲テストが完了しませんでした: %1</translation>
    </message>
    <message>
        <source>Suggested learning rate: &lt;b&gt;%1&lt;/b&gt;, where the loss fell fastest (%2 batches; %3).</source>
        <translation>推奨学習率: &lt;b&gt;%1&lt;/b&gt; (損失が最も速く下がった点。%2 バッチ、%3)。</translation>
    </message>
    <message>
        <source>stopped when the loss diverged</source>
        <translation>損失が発散したため停止</translation>
    </message>
    <message>
        <source>the whole range</source>
        <translation>範囲全体</translation>
    </message>
</context>
<context>
    <name>Hone::MainWindow</name>
    <message>
        <source>&amp;Dataset</source>
        <translation>データセット(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;octor</source>
        <translation>ドクター(&amp;O)</translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation>マップ(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>学習(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>評価(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>利用(&amp;U)</translation>
    </message>
    <message>
        <source>Could not save the project: %1</source>
        <translation>プロジェクトを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>保存に失敗しました</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Your changes are kept in memory; Hone tries again with the next change.</source>
        <translation>プロジェクトを保存できませんでした:
%1

変更はメモリに保持されています。Hone は次の変更時に再度保存を試みます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新しいプロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <source>New Project Folder</source>
        <translation>新しいプロジェクトのフォルダー</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation>プロジェクトのフォルダーを開く</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Stop training first.</source>
        <translation>先に学習を停止してください。</translation>
    </message>
    <message>
        <source>Wait until the import has finished.</source>
        <translation>インポートが終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Wait until the evaluation has finished.</source>
        <translation>評価が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Wait until the scan has finished, or cancel it.</source>
        <translation>スキャンが終わるまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Free some space or fix the folder&apos;s permissions and retry, or discard the unsaved changes.</source>
        <translation>プロジェクトを保存できませんでした:
%1

空き容量を確保するかフォルダーの権限を直して再試行するか、保存されていない変更を破棄してください。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>The project could not be opened:
%1</source>
        <translation>プロジェクトを開けませんでした:
%1</translation>
    </message>
    <message>
        <source>The project file cannot be read:
%1

Restore the last good version? The unreadable file is kept beside it.</source>
        <translation>プロジェクトファイルを読み取れません:
%1

最後の正常なバージョンを復元しますか? 読み取れないファイルはその隣に残します。</translation>
    </message>
    <message>
        <source>The project could not be restored:
%1</source>
        <translation>プロジェクトを復元できませんでした:
%1</translation>
    </message>
    <message>
        <source>Restored the last good version of the project file; the unreadable one is kept as %1</source>
        <translation>プロジェクトファイルの最後の正常なバージョンを復元しました。読み取れないファイルは %1 として残しています</translation>
    </message>
    <message>
        <source>%1 is read-only. You can look at the project, but changes cannot be saved.</source>
        <translation>%1 は読み取り専用です。プロジェクトを閲覧できますが、変更は保存できません。</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n image(s)</source>
        <translation>
            <numerusform>%1 を開きました: 画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>プロジェクトなし</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (読み取り専用)</translation>
    </message>
    <message>
        <source>%1%2 — Hone</source>
        <translation>%1%2 — Hone</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Wait until the import has finished, or cancel it.</source>
        <translation>インポートが終わるまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Training is running. Stop it and quit? The run is saved as stopped.</source>
        <translation>学習を実行中です。停止して終了しますか? 実行は停止済みとして保存されます。</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Data&amp;set</source>
        <translation>データセット(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hone</source>
        <translation>Hone について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>最近使ったプロジェクトはありません</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>About Hone</source>
        <translation>Hone について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hone %1&lt;/h3&gt;&lt;p&gt;A workbench for transfer learning on small image datasets: label, train, inspect and export image classifiers.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hone %1&lt;/h3&gt;&lt;p&gt;小さな画像データセットのための転移学習ワークベンチ: 画像分類器のラベル付け、学習、検査、エクスポートを行います。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Hone::MapWorkspace</name>
    <message>
        <source>&amp;Compute Map</source>
        <translation>マップを計算(&amp;C)</translation>
    </message>
    <message>
        <source>Colour by label</source>
        <translation>ラベルで色分け</translation>
    </message>
    <message>
        <source>Colour by suggestion</source>
        <translation>提案で色分け</translation>
    </message>
    <message>
        <source>Colour by split</source>
        <translation>分割で色分け</translation>
    </message>
    <message>
        <source>Colour by doctor&apos;s findings</source>
        <translation>ドクターの検出結果で色分け</translation>
    </message>
    <message>
        <source>Place every image on the map again from its embedding</source>
        <translation>すべての画像を埋め込みからマップ上に配置し直します</translation>
    </message>
    <message>
        <source>Drag to draw a lasso (Shift adds, Ctrl removes) · 1–9 label the selection, 0 clears · click opens an image · wheel zooms, right-drag pans, double-click shows all</source>
        <translation>ドラッグで投げ縄選択 (Shift で追加、Ctrl で除外) · 1–9 で選択範囲にラベル付け、0 でラベルを外す · クリックで画像を開く · ホイールでズーム、右ドラッグで移動、ダブルクリックで全体表示</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected on the map: 1–9 label them</source>
        <translation>
            <numerusform>マップで画像 %n 枚を選択中: 1–9 でラベル付け</numerusform>
        </translation>
    </message>
    <message>
        <source>The map is made from the images&apos; embeddings: switch on Dataset ▸ Show Suggested Labels to compute them.</source>
        <translation>マップは画像の埋め込みから作られます: 埋め込みを計算するには、データセット ▸ ラベルの提案を表示 をオンにしてください。</translation>
    </message>
    <message>
        <source>Waiting for the images&apos; embeddings…</source>
        <translation>画像の埋め込みを待っています…</translation>
    </message>
    <message numerus="yes">
        <source>Placing %n image(s)…</source>
        <translation>
            <numerusform>画像 %n 枚を配置しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>The map could not be computed: %1</source>
        <translation>マップを計算できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from %1 embeddings in %2 s: %3</source>
        <translation>
            <numerusform>%1 の埋め込みから画像 %n 枚 (%2 s): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>(pale: suggested, not labeled)</source>
        <translation>(淡色: 提案のみ、ラベルなし)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>分割なし</translation>
    </message>
    <message>
        <source>label issue</source>
        <translation>ラベルの問題</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>外れ値</translation>
    </message>
    <message>
        <source>image problem</source>
        <translation>画像の問題</translation>
    </message>
    <message>
        <source>(no scan yet: run the Doctor)</source>
        <translation>(未スキャン: ドクターを実行してください)</translation>
    </message>
    <message>
        <source>No class %1</source>
        <translation>クラス %1 はありません</translation>
    </message>
    <message numerus="yes">
        <source>Cleared the labels of %n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚のラベルを外しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labeled %n image(s) as %1</source>
        <translation>
            <numerusform>画像 %n 枚を %1 にラベル付けしました</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabeled (suggested: %1, %2 %)</source>
        <translation>ラベルなし (提案: %1、%2 %)</translation>
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
        <translation>これらの予測の後にプロジェクトの画像が変更されました: もう一度評価すると表示されます。</translation>
    </message>
    <message>
        <source>%1 → %2  %3 %</source>
        <translation>%1 → %2  %3 %</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>現在: %1</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>ラベルなし</translation>
    </message>
</context>
<context>
    <name>Hone::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Automatic (a GPU when there is one)</source>
        <translation>自動 (GPU があれば GPU)</translation>
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
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Default &amp;device for training:</source>
        <translation>学習の既定のデバイス(&amp;D):</translation>
    </message>
    <message>
        <source>The new language applies when Hone starts next.</source>
        <translation>新しい言語は次回 Hone を起動したときに適用されます。</translation>
    </message>
</context>
<context>
    <name>Hone::Project</name>
    <message>
        <source>%1 already holds a Hone project</source>
        <translation>%1 にはすでに Hone のプロジェクトがあります</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>
The last good version is kept as %1 (saved %2).</source>
        <translation>
最後の正常なバージョンは %1 として残っています (保存日時 %2)。</translation>
    </message>
    <message>
        <source>the project folder %1 is read-only: changes cannot be saved</source>
        <translation>プロジェクトフォルダー %1 は読み取り専用です: 変更は保存できません</translation>
    </message>
</context>
<context>
    <name>Hone::ReliabilityDiagram</name>
    <message>
        <source>Per confidence bin: the share of right answers against the mean confidence. Bars below the diagonal are over-confident. Grey: the model&apos;s own softmax; blue: after temperature scaling.</source>
        <translation>信頼度のビンごとに、平均信頼度に対する正解の割合を示します。対角線より下の棒は過信を表します。灰色: モデル自身の softmax、青: 温度スケーリング後。</translation>
    </message>
</context>
<context>
    <name>Hone::RunHistoryPanel</name>
    <message>
        <source>&amp;Delete Run…</source>
        <translation>実行を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Resu&amp;me Run</source>
        <translation>実行を再開(&amp;M)</translation>
    </message>
    <message>
        <source>Save as &amp;Backbone…</source>
        <translation>バックボーンとして保存(&amp;B)…</translation>
    </message>
    <message>
        <source>Save this finished run&apos;s network, without its classifier layer, as a backbone other projects can start from (.safetensors)</source>
        <translation>この完了した実行のネットワークを、分類層を除いて、他のプロジェクトが開始点にできるバックボーン (.safetensors) として保存します</translation>
    </message>
    <message>
        <source>Continue a stopped run from its last completed epoch, with its own settings</source>
        <translation>停止した実行を、その設定のまま最後に完了したエポックから続行します</translation>
    </message>
    <message>
        <source>Check runs to draw their validation curves over the current ones.</source>
        <translation>チェックした実行の検証曲線を現在の曲線に重ねて表示します。</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Run %1 (%2 epochs recorded)</source>
        <translation>実行 %1 (記録済み %2 エポック)</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>実行の削除</translation>
    </message>
    <message>
        <source>Delete run %1 with its weights and metrics? This cannot be undone.</source>
        <translation>実行 %1 を重みと指標ごと削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Save as Backbone</source>
        <translation>バックボーンとして保存</translation>
    </message>
    <message>
        <source>Safetensors weights (*.safetensors)</source>
        <translation>Safetensors の重み (*.safetensors)</translation>
    </message>
    <message>
        <source>Saved %1.

In another project, choose it as the %2 weights with the … button next to Weights in the Train view.</source>
        <translation>%1 を保存しました。

別のプロジェクトで、学習ビューの「重み」の横にある … ボタンから %2 の重みとして選んでください。</translation>
    </message>
    <message>
        <source>  best %1, epoch %2</source>
        <translation>  最良 %1（エポック %2）</translation>
    </message>
</context>
<context>
    <name>Hone::SplitDialog</name>
    <message>
        <source>Split Dataset</source>
        <translation>データセットの分割</translation>
    </message>
    <message>
        <source>Every class is split in these proportions (stratified). The same seed gives the same split; unlabeled images are left out.</source>
        <translation>各クラスをこの比率で分割します (層化)。同じシードからは同じ分割が得られます。ラベルなしの画像は除外されます。</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>学習(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>検証(&amp;V):</translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation>テスト(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>シード(&amp;S):</translation>
    </message>
</context>
<context>
    <name>Hone::TrainWorkspace</name>
    <message>
        <source>Export Model</source>
        <translation>モデルのエクスポート</translation>
    </message>
    <message>
        <source>Normalise inside the model: it takes RGB pixel values 0–255</source>
        <translation>モデル内で正規化: RGB の画素値 0–255 を受け取ります</translation>
    </message>
    <message>
        <source>The graph does the mean/std normalisation itself, so a consumer only resizes and feeds the pixels as float32 (N×3×S×S). The metadata and the model card say so.</source>
        <translation>グラフ自体が mean/std の正規化を行うため、利用側はリサイズして画素を float32 (N×3×S×S) として渡すだけです。メタデータとモデルカードにもそのように記載されます。</translation>
    </message>
    <message>
        <source>Softmax inside the model: it outputs probabilities</source>
        <translation>モデル内で softmax: 確率を出力します</translation>
    </message>
    <message>
        <source>Exporting run %1 to %2…</source>
        <translation>実行 %1 を %2 にエクスポートしています…</translation>
    </message>
    <message>
        <source>Exported %1: %2</source>
        <translation>%1 をエクスポートしました: %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Wrote %1 and its model card %2

%3</source>
        <translation>%1 とそのモデルカード %2 を書き出しました

%3</translation>
    </message>
    <message>
        <source>Bal&amp;ance classes in the loss</source>
        <translation>損失でクラスのバランスを取る(&amp;A)</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>反転</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>切り抜き</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>回転</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>TrivialAugment</source>
        <translation>TrivialAugment</translation>
    </message>
    <message>
        <source>&amp;Cache the frozen stages&apos; output</source>
        <translation>凍結ステージの出力をキャッシュ(&amp;C)</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>verb: start training a model</extracomment>
        <translation>学習</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export Model…</source>
        <translation>モデルをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Automatic: 4 to 32, about 16 steps an epoch (small datasets learn faster from more, smaller steps)</source>
        <translation>自動: 4 ～ 32、1 エポックあたり約 16 ステップ (小さなデータセットは、小さなステップを多く重ねるほうが速く学習します)</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD (モーメンタム付き)</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>コサイン減衰</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>One-cycle</translation>
    </message>
    <message>
        <source>Step (×0.1 at ½ and ¾)</source>
        <translation>ステップ (½ と ¾ で ×0.1)</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>一定</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
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
        <translation>自動 (GPU では混合 FP16)</translation>
    </message>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>Mixed FP16 (CUDA)</source>
        <translation>混合 FP16 (CUDA)</translation>
    </message>
    <message>
        <source>Mixed BF16</source>
        <translation>混合 BF16</translation>
    </message>
    <message>
        <source>Mixed precision runs the network in 16-bit floats and keeps the weights in 32-bit: faster on GPUs. BF16 also runs on CPUs with AVX-512 BF16.</source>
        <translation>混合精度はネットワークを 16 ビット浮動小数点で実行し、重みは 32 ビットで保持します: GPU で高速です。BF16 は AVX-512 BF16 対応の CPU でも動作します。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Backbone:</source>
        <translation>バックボーン(&amp;B):</translation>
    </message>
    <message>
        <source>Custom: train from the freeze depth on</source>
        <translation>カスタム: 凍結深さ以降を学習</translation>
    </message>
    <message>
        <source>Feature extraction: the head only</source>
        <translation>特徴抽出: ヘッドのみ</translation>
    </message>
    <message>
        <source>Fine-tune: the head first, then the stages</source>
        <translation>ファインチューニング: 先にヘッド、次にステージ</translation>
    </message>
    <message>
        <source>Fine-tune trains the new head alone for a fifth of the epochs, then unfreezes the stages from the freeze depth on, each earlier stage at half the rate of the next (LP-FT).</source>
        <translation>ファインチューニングでは、エポックの 5 分の 1 の間は新しいヘッドだけを学習し、その後、凍結深さ以降のステージの凍結を解除します。各ステージは次のステージの半分の学習率で学習します (LP-FT)。</translation>
    </message>
    <message>
        <source>Reci&amp;pe:</source>
        <translation>レシピ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>エポック数(&amp;E):</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>バッチサイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>探索…</translation>
    </message>
    <message>
        <source>Run a learning-rate range test and suggest a rate</source>
        <translation>学習率の範囲テストを実行し、学習率を提案します</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学習率(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>オプティマイザー(&amp;O):</translation>
    </message>
    <message>
        <source>LR sc&amp;hedule:</source>
        <translation>学習率スケジュール(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Image size:</source>
        <translation>画像サイズ(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>シード(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>Precisio&amp;n:</source>
        <translation>演算精度(&amp;N):</translation>
    </message>
    <message>
        <source>Flip training images horizontally at random</source>
        <translation>学習画像をランダムに左右反転します</translation>
    </message>
    <message>
        <source>With frozen stages, compute their output once per image (and flip) and train the rest from it: the same training, many times faster. Kept in the project&apos;s cache folder for later runs.</source>
        <translation>凍結ステージがある場合、その出力を画像 (と反転) ごとに 1 回だけ計算し、残りをそこから学習します: 学習内容は同じで、何倍も高速です。後の実行のためにプロジェクトのキャッシュフォルダーに保存されます。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source> epochs without progress</source>
        <translation> エポック改善なし</translation>
    </message>
    <message>
        <source>Stop when validation accuracy has not improved for this many epochs. Either way the best epoch&apos;s weights are kept.</source>
        <translation>検証正解率がこのエポック数のあいだ改善しなければ停止します。いずれの場合も最良エポックの重みが保持されます。</translation>
    </message>
    <message>
        <source>Soften the targets: helps when some labels may be wrong</source>
        <translation>目標値を平滑化します: 誤ったラベルが含まれている可能性がある場合に有効です</translation>
    </message>
    <message>
        <source>Weight each class by the inverse of its share of the training images</source>
        <translation>各クラスを、学習画像に占める割合の逆数で重み付けします</translation>
    </message>
    <message>
        <source>Earl&amp;y stop:</source>
        <translation>早期終了(&amp;Y):</translation>
    </message>
    <message>
        <source>Label smoothin&amp;g:</source>
        <translation>ラベル平滑化(&amp;G):</translation>
    </message>
    <message>
        <source>A random 35–100 % of the image, scaled back to the input size</source>
        <translation>画像のランダムな 35–100 % を切り抜き、入力サイズに拡大します</translation>
    </message>
    <message>
        <source>Rotate by up to 15° either way</source>
        <translation>左右に最大 15° 回転します</translation>
    </message>
    <message>
        <source>Vary brightness, contrast and saturation by up to 30 %</source>
        <translation>明るさ、コントラスト、彩度を最大 30 % 変化させます</translation>
    </message>
    <message>
        <source>One of 14 operations at a random strength per image (TrivialAugment)</source>
        <translation>画像ごとに 14 種類の操作から 1 つをランダムな強さで適用します (TrivialAugment)</translation>
    </message>
    <message>
        <source>Augment:</source>
        <translation>データ拡張:</translation>
    </message>
    <message>
        <source>Hold training after the current batch; press again to continue</source>
        <translation>現在のバッチの後で学習を一時停止します。もう一度押すと続行します</translation>
    </message>
    <message>
        <source>epoch %v of %m</source>
        <translation>エポック %v / %m</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>実行履歴(&amp;U)</translation>
    </message>
    <message>
        <source>Show row &amp;percentages</source>
        <translation>行ごとの割合を表示(&amp;P)</translation>
    </message>
    <message>
        <source>Show the &amp;best epoch</source>
        <translation>最良エポックを表示(&amp;B)</translation>
    </message>
    <message>
        <source>After training: the best epoch&apos;s validation matrix instead of the last one&apos;s.</source>
        <translation>学習後: 最後のエポックではなく、最良エポックの検証の混同行列を表示します。</translation>
    </message>
    <message>
        <source>Run %1 started</source>
        <translation>実行 %1 を開始しました</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>一時停止しました。</translation>
    </message>
    <message>
        <source>The chosen weights are not on this computer yet. Download them now?</source>
        <translation>選択した重みはまだこのコンピューターにありません。今すぐダウンロードしますか?</translation>
    </message>
    <message>
        <source>Assigned %1 labeled images to train/validation (80/20 per class)</source>
        <translation>ラベル付き画像 %1 枚を学習/検証に割り当てました (クラスごとに 80/20)</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>実行の再開</translation>
    </message>
    <message>
        <source>Resuming run %1…</source>
        <translation>実行 %1 を再開しています…</translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2</source>
        <translation>画像 %1 枚で学習、%2 枚で検証</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Pausing before the next training batch.</source>
        <translation>次の学習バッチの前で一時停止します。</translation>
    </message>
    <message>
        <source>Continuing.</source>
        <translation>続行します。</translation>
    </message>
    <message>
        <source>Training paused</source>
        <translation>学習を一時停止しました</translation>
    </message>
    <message>
        <source>Training continues</source>
        <translation>学習を続行します</translation>
    </message>
    <message>
        <source>Find a Learning Rate</source>
        <translation>学習率の探索</translation>
    </message>
    <message>
        <source>Learning rate set to %1 by the range test</source>
        <translation>範囲テストにより学習率を %1 に設定しました</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>このバッチの後で停止します…</translation>
    </message>
    <message>
        <source>epoch %1/%2  train loss %3, accuracy %4 %  ·  validation loss %5, accuracy %6 %  (%7 s)</source>
        <translation>エポック %1/%2  学習損失 %3、正解率 %4 %  ·  検証損失 %5、正解率 %6 %  (%7 s)</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>学習に失敗しました: %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>学習に失敗しました</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>実行 %1: %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>学習: %1</translation>
    </message>
    <message>
        <source>St&amp;op Training</source>
        <translation>学習を停止(&amp;O)</translation>
    </message>
    <message>
        <source>Validation, best epoch %1 of %2: accuracy %3</source>
        <translation>検証、最良エポック %1 / %2: 正解率 %3</translation>
    </message>
    <message>
        <source>Validation, epoch %1 of %2: accuracy %3</source>
        <translation>検証、エポック %1 / %2: 正解率 %3</translation>
    </message>
    <message>
        <source>Auto: chosen from your images</source>
        <translation>Auto: 画像から選択</translation>
    </message>
    <message>
        <source>Auto chose: %1. %2</source>
        <translation>Auto の選択: %1。%2</translation>
    </message>
</context>
<context>
    <name>Hone::Trainer</name>
    <message>
        <source>out of memory. Try a smaller batch size or image size, or freeze more stages.</source>
        <translation>メモリが不足しました。バッチサイズや画像サイズを小さくするか、凍結するステージを増やしてください。</translation>
    </message>
    <message>
        <source>the device ran out of memory (%1). Try a smaller batch size or image size, or freeze more stages.</source>
        <translation>デバイスのメモリが不足しました (%1)。バッチサイズや画像サイズを小さくするか、凍結するステージを増やしてください。</translation>
    </message>
    <message>
        <source>precision %1 on %2: %3</source>
        <translation>演算精度 %1 (%2): %3</translation>
    </message>
    <message>
        <source>the project&apos;s labeled images or splits changed since run %1; resuming needs the data it started with</source>
        <translation>実行 %1 の後にプロジェクトのラベル付き画像または分割が変更されました。再開には開始時と同じデータが必要です</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 cannot be read: %2</source>
        <translation>実行 %1 のチェックポイントを読み取れません: %2</translation>
    </message>
    <message>
        <source>Resuming run %1 after epoch %2</source>
        <translation>実行 %1 をエポック %2 の後から再開します</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>重み: %1</translation>
    </message>
    <message>
        <source>Decoding %1 images at %2 px…</source>
        <translation>画像 %1 枚を %2 px でデコードしています…</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 をスキップしました: %2</translation>
    </message>
    <message>
        <source>training needs at least two decodable training images and one validation image</source>
        <translation>学習には、デコード可能な学習画像 2 枚以上と検証画像 1 枚以上が必要です</translation>
    </message>
    <message>
        <source>Batch size %1 (automatic: about 16 steps an epoch for %2 training images)</source>
        <translation>バッチサイズ %1 (自動: 学習画像 %2 枚で 1 エポックあたり約 16 ステップ)</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 does not match its images</source>
        <translation>実行 %1 のチェックポイントが画像と一致しません</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 does not match its network</source>
        <translation>実行 %1 のチェックポイントがネットワークと一致しません</translation>
    </message>
    <message>
        <source>The best epoch&apos;s weights of run %1 cannot be read; the last epoch&apos;s will be kept</source>
        <translation>実行 %1 の最良エポックの重みを読み取れません。最後のエポックの重みを保持します</translation>
    </message>
    <message>
        <source>the head</source>
        <translation>ヘッド</translation>
    </message>
    <message>
        <source>%1 to the head</source>
        <translation>%1 からヘッドまで</translation>
    </message>
    <message>
        <source>Phase %1 of %2, %3 epoch(s): training %4%5</source>
        <translation>フェーズ %1 / %2、%3 エポック: 学習対象 %4%5</translation>
    </message>
    <message>
        <source>, each earlier stage at %1× the rate of the next</source>
        <translation>、各ステージは次のステージの %1× の学習率</translation>
    </message>
    <message>
        <source>Training %1 of %2 parameters on %3, %4%5</source>
        <translation>%3 でパラメーター %2 のうち %1 を学習、%4%5</translation>
    </message>
    <message>
        <source>, channels last</source>
        <translation>、channels last</translation>
    </message>
    <message>
        <source>Epoch %1: %2 step(s) skipped, their fp16 gradients overflowed (loss scale now %3)</source>
        <translation>エポック %1: fp16 の勾配がオーバーフローしたため %2 ステップをスキップしました (損失スケールは現在 %3)</translation>
    </message>
    <message>
        <source>Could not write the checkpoint of epoch %1: %2</source>
        <translation>エポック %1 のチェックポイントを書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Early stop after epoch %1: no better %2 for %3 epochs</source>
        <translation>エポック %1 の後で早期終了: %3 エポックのあいだ %2 が改善しませんでした</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>検証正解率</translation>
    </message>
    <message>
        <source>The last checkpoint cannot be read: %1</source>
        <translation>最後のチェックポイントを読み取れません: %1</translation>
    </message>
    <message>
        <source>Kept the weights of epoch %1, the best (validation accuracy %2 %, loss %3)</source>
        <translation>最良のエポック %1 の重みを保持しました (検証正解率 %2 %、損失 %3)</translation>
    </message>
    <message>
        <source>cannot move the weights into place in %1</source>
        <translation>%1 で重みを所定の場所に移動できません</translation>
    </message>
    <message>
        <source>there is no run %1 to resume</source>
        <translation>再開する実行 %1 がありません</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation>実行 %1 を再開できません: %2</translation>
    </message>
    <message>
        <source>run %1 has finished; there is nothing to resume</source>
        <translation>実行 %1 は完了しています。再開するものはありません</translation>
    </message>
    <message>
        <source>run %1 has no checkpoint: it ended before its first epoch did</source>
        <translation>実行 %1 にはチェックポイントがありません: 最初のエポックが終わる前に終了しました</translation>
    </message>
</context>
<context>
    <name>Hone::TrainingPlots</name>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>正解率 (%)</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>バッチ損失</translation>
    </message>
    <message>
        <source>batch loss, smoothed</source>
        <translation>バッチ損失 (平滑化)</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>学習正解率</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>検証正解率</translation>
    </message>
    <message>
        <source>&amp;Log-scale loss</source>
        <translation>損失を対数スケールで表示(&amp;L)</translation>
    </message>
    <message>
        <source>Save &amp;Plots…</source>
        <translation>グラフを保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;Numbers…</source>
        <translation>数値をエクスポート(&amp;N)…</translation>
    </message>
    <message>
        <source>Save Plots</source>
        <translation>グラフの保存</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation>数値のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>run %1, validation loss</source>
        <translation>実行 %1、検証損失</translation>
    </message>
    <message>
        <source>run %1, validation accuracy</source>
        <translation>実行 %1、検証正解率</translation>
    </message>
    <message>
        <source>%1
epoch %2: %3</source>
        <translation>%1
エポック %2: %3</translation>
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
        <translation>プロジェクトにはまだクラスがありません</translation>
    </message>
    <message>
        <source>The project cannot be changed</source>
        <translation>プロジェクトを変更できません</translation>
    </message>
    <message>
        <source>This image is in the dataset now, as %1</source>
        <translation>この画像は %1 としてデータセットに追加されました</translation>
    </message>
    <message>
        <source>The model&apos;s class “%1” is not a class of this project: choose one under “Wrong? It is …”</source>
        <translation>モデルのクラス「%1」はこのプロジェクトのクラスではありません: 「違う? 正しくは …」から選んでください</translation>
    </message>
    <message>
        <source>Add the image to the dataset as %1 (Enter)</source>
        <translation>画像を %1 としてデータセットに追加 (Enter)</translation>
    </message>
    <message>
        <source>Add the image to the dataset with the predicted class (Enter)</source>
        <translation>画像を予測クラスでデータセットに追加 (Enter)</translation>
    </message>
    <message>
        <source>Add the image to the dataset with the class it really is (keys 1–9)</source>
        <translation>画像を本当のクラスでデータセットに追加 (キー 1–9)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added since the last run</source>
        <translation>
            <numerusform>前回の実行以降に追加された画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation>データセットに追加</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The picture cannot be encoded.</source>
        <translation>画像をエンコードできません。</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 は追加されませんでした: %2</translation>
    </message>
    <message>
        <source>Added %1 to the dataset as %2</source>
        <translation>%1 を %2 としてデータセットに追加しました</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no image files.</source>
        <translation>クリップボードに画像も画像ファイルもありません。</translation>
    </message>
    <message>
        <source>No images there (Hone reads JPEG, PNG, BMP, TIFF and WebP).</source>
        <translation>画像がありません (Hone が読み込めるのは JPEG、PNG、BMP、TIFF、WebP です)。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 images.</source>
        <translation>画像 %2 枚のうち最初の %1 枚を表示しています。</translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation>画像が空です。</translation>
    </message>
    <message>
        <source>camera frame</source>
        <translation>カメラのフレーム</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>The camera cannot be started: %1</source>
        <translation>カメラを起動できません: %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>✓ added</source>
        <translation>✓ 追加済み</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Drop an image to try the model</source>
        <translation>画像をドロップしてモデルを試してください</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>予測しています…</translation>
    </message>
    <message>
        <source>This image cannot be used: %1</source>
        <translation>この画像は使用できません: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt; — none of these (best guess: %1, %2; the image is unlike every class the model learnt)</source>
        <translation>&lt;b&gt;不明&lt;/b&gt; — いずれでもありません (最有力候補: %1、%2。この画像はモデルが学習したどのクラスとも似ていません)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt; — none of these (best guess: %1, %2)</source>
        <translation>&lt;b&gt;不明&lt;/b&gt; — いずれでもありません (最有力候補: %1、%2)</translation>
    </message>
    <message>
        <source>Confidence %1 (this model has no calibration: the softmax as it is)</source>
        <translation>信頼度 %1 (このモデルにはキャリブレーションがありません: softmax のまま)</translation>
    </message>
    <message>
        <source>Calibrated confidence %1 (the network&apos;s own softmax said %2)</source>
        <translation>キャリブレーション後の信頼度 %1 (ネットワーク自身の softmax では %2)</translation>
    </message>
    <message>
        <source>Cannot write %1 for Grad-CAM</source>
        <translation>Grad-CAM 用の %1 を書き込めません</translation>
    </message>
    <message>
        <source>Unknown below %1</source>
        <translation>%1 未満は不明</translation>
    </message>
    <message>
        <source>Unknown below %1 (keeps %2 of correct validation predictions)</source>
        <translation>%1 未満は不明 (検証の正しい予測の %2 を保持)</translation>
    </message>
    <message>
        <source>Unknown below %1 (the model&apos;s own threshold; it has no calibration)</source>
        <translation>%1 未満は不明 (モデル自身のしきい値。キャリブレーションなし)</translation>
    </message>
    <message>
        <source>Unknown below %1 (the model&apos;s own: %2)</source>
        <translation>%1 未満は不明 (モデル自身の値: %2)</translation>
    </message>
    <message>
        <source>Overlay the Grad-CAM heat map: where the evidence for the class lies</source>
        <translation>Grad-CAM ヒートマップを重ねます: クラスの根拠がある場所</translation>
    </message>
    <message>
        <source>Grad-CAM needs a run of this project; a model file is not explained here</source>
        <translation>Grad-CAM にはこのプロジェクトの実行が必要です。モデルファイルはここでは説明できません</translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation>カメラが停止しました: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>The model to use: a finished run of this project, or an exported model file</source>
        <translation>使用するモデル: このプロジェクトの完了した実行、またはエクスポートしたモデルファイル</translation>
    </message>
    <message>
        <source>Open &amp;Images…</source>
        <translation>画像を開く(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose image files to predict; you can also drop files or a folder here, or paste a picture with Ctrl+V</source>
        <translation>予測する画像ファイルを選びます。ここにファイルやフォルダーをドロップしたり、Ctrl+V で画像を貼り付けたりすることもできます</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>カメラ:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>Drop images or a folder here, paste a picture (Ctrl+V), or open images.</source>
        <translation>ここに画像やフォルダーをドロップするか、画像を貼り付ける (Ctrl+V) か、画像を開いてください。</translation>
    </message>
    <message>
        <source>A prediction whose calibrated confidence is below this is reported as unknown</source>
        <translation>キャリブレーション後の信頼度がこれを下回る予測は不明として報告されます</translation>
    </message>
    <message>
        <source>&amp;Grad-CAM: show where the model looks</source>
        <translation>Grad-CAM(&amp;G): モデルが注目している場所を表示</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>正しい</translation>
    </message>
    <message>
        <source>Wrong? It is …</source>
        <translation>違う? 正しくは …</translation>
    </message>
    <message>
        <source>Enter: right · 1–9: it is that class. Either adds the image to the dataset with that label (undo takes it out again).</source>
        <translation>Enter: 正しい · 1–9: そのクラス。どちらもそのラベルで画像をデータセットに追加します (元に戻す で取り除けます)。</translation>
    </message>
    <message>
        <source>Retrai&amp;n</source>
        <translation>再学習(&amp;N)</translation>
    </message>
    <message>
        <source>Train a new run with the Train workspace&apos;s settings, on the dataset with the added images</source>
        <translation>学習ワークスペースの設定で、画像を追加したデータセットを使って新しい実行を学習します</translation>
    </message>
    <message>
        <source>Is it right?</source>
        <translation>正しいですか?</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 validation accuracy</source>
        <translation>実行 %1 · %2 · 検証正解率 %3</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>モデルファイル…</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>Hone models (*.pt *.onnx)</source>
        <translation>Hone モデル (*.pt *.onnx)</translation>
    </message>
    <message>
        <source>No finished run yet: train one in the Train workspace, or choose a model file.</source>
        <translation>完了した実行はまだありません: 学習ワークスペースで学習するか、モデルファイルを選んでください。</translation>
    </message>
    <message>
        <source>The model cannot be used: %1</source>
        <translation>モデルを使用できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n class(es) · %2 px</source>
        <translation>
            <numerusform>%1 · %n クラス · %2 px</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hone::WeightDownloader</name>
    <message>
        <source>Invalid SHA-256 &quot;%1&quot; for %2: it needs 8 to 64 hex digits.</source>
        <translation>%2 の SHA-256 &quot;%1&quot; が無効です: 8 ～ 64 桁の 16 進数が必要です。</translation>
    </message>
    <message>
        <source>Invalid file name &quot;%1&quot; for the weights cache.</source>
        <translation>重みキャッシュのファイル名 &quot;%1&quot; が無効です。</translation>
    </message>
    <message>
        <source>Invalid download address for %1.</source>
        <translation>%1 のダウンロードアドレスが無効です。</translation>
    </message>
    <message>
        <source>Cannot create the weights cache folder %1.</source>
        <translation>重みキャッシュのフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Download of %1 cancelled.</source>
        <translation>%1 のダウンロードをキャンセルしました。</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>%3 から HTTP %1 %2</translation>
    </message>
    <message>
        <source>No data from %1 for %2 seconds; the download stopped after %3 bytes.</source>
        <translation>%1 から %2 秒間データが届きませんでした。ダウンロードは %3 バイトで停止しました。</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>ファイルが不完全です</translation>
    </message>
    <message>
        <source>Connection dropped after %1 of %2 bytes from %3 (%4).</source>
        <translation>%3 から %2 バイト中 %1 バイトを受信した後に接続が切れました (%4)。</translation>
    </message>
    <message>
        <source>Connection dropped after %1 bytes from %2 (%3).</source>
        <translation>%2 から %1 バイトを受信した後に接続が切れました (%3)。</translation>
    </message>
    <message>
        <source>SHA-256 checksum mismatch for %1 from %2: expected %3, got %4.</source>
        <translation>%2 からの %1 の SHA-256 チェックサムが一致しません: 期待値 %3、実際の値 %4。</translation>
    </message>
    <message>
        <source>Cannot move the download into %1: %2</source>
        <translation>ダウンロードしたファイルを %1 に移動できません: %2</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>ファイルが %1 MB を超えています</translation>
    </message>
    <message>
        <source>cannot be read completely: %1</source>
        <translation>完全には読み取れません: %1</translation>
    </message>
    <message>
        <source>the content is not a JPEG, PNG, BMP, TIFF or WebP image</source>
        <translation>内容が JPEG、PNG、BMP、TIFF、WebP のいずれの画像でもありません</translation>
    </message>
    <message>
        <source>this is a %1 file, not a JPEG, PNG, BMP, TIFF or WebP image</source>
        <translation>これは %1 ファイルで、JPEG、PNG、BMP、TIFF、WebP の画像ではありません</translation>
    </message>
    <message>
        <source>the %1 header is damaged: it gives no valid image size</source>
        <translation>%1 ヘッダーが破損しています: 有効な画像サイズがありません</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is more than the limit of %3 megapixels</source>
        <translation>%1 × %2 ピクセルは上限の %3 メガピクセルを超えています</translation>
    </message>
    <message>
        <source>the JPEG data is truncated</source>
        <translation>JPEG データが途中で切れています</translation>
    </message>
    <message>
        <source>animated WebP: only still images are supported</source>
        <translation>アニメーション WebP: 静止画のみに対応しています</translation>
    </message>
    <message>
        <source>%1-bit float TIFF is not supported (32- and 64-bit are)</source>
        <translation>%1 ビット浮動小数点の TIFF には対応していません (32 ビットと 64 ビットには対応)</translation>
    </message>
    <message>
        <source>the %1 data cannot be decoded: %2</source>
        <translation>%1 データをデコードできません: %2</translation>
    </message>
    <message>
        <source>the %1 data is damaged or truncated</source>
        <translation>%1 データが破損しているか途中で切れています</translation>
    </message>
    <message>
        <source>cannot be resized: %1</source>
        <translation>リサイズできません: %1</translation>
    </message>
    <message>
        <source>cannot encode the thumbnail</source>
        <translation>サムネイルをエンコードできません</translation>
    </message>
    <message>
        <source>cannot make the thumbnail: %1</source>
        <translation>サムネイルを作成できません: %1</translation>
    </message>
    <message>
        <source>Photoshop (PSD)</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>Photoshop (PSD)</translation>
    </message>
    <message>
        <source>Windows icon (ICO)</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>Windows アイコン (ICO)</translation>
    </message>
    <message>
        <source>Canon raw (CR2)</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>Canon RAW (CR2)</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>ZIP アーカイブ</translation>
    </message>
    <message>
        <source>HTML page</source>
        <extracomment>a kind of file, in &quot;this is a %1 file, not a … image&quot;</extracomment>
        <translation>HTML ページ</translation>
    </message>
</context>
<context>
    <name>ImageSet</name>
    <message>
        <source>%1 images at %2 px take %3 GB decoded, more than the %4 GB of memory there is for them; choose a smaller image size or fewer images (HONE_IMAGE_MEMORY_MB sets the limit)</source>
        <translation>%2 px の画像 %1 枚はデコード後 %3 GB になり、使用できるメモリ %4 GB を超えます。画像サイズを小さくするか、画像を減らしてください (上限は HONE_IMAGE_MEMORY_MB で設定できます)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み取れません</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>ファイルが %1 MB を超えています</translation>
    </message>
    <message>
        <source>cannot be read completely</source>
        <translation>完全には読み取れません</translation>
    </message>
    <message>
        <source>%1 MB is far larger than any label file; it is not read</source>
        <translation>%1 MB はラベルファイルとしては大きすぎるため、読み込みません</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>the row has no image path</source>
        <translation>行に画像パスがありません</translation>
    </message>
    <message>
        <source>listed in %1 but does not exist</source>
        <translation>%1 に記載されていますが、存在しません</translation>
    </message>
    <message>
        <source>listed in %1 but is not an image file type</source>
        <translation>%1 に記載されていますが、画像ファイルの種類ではありません</translation>
    </message>
    <message>
        <source>listed in %1 with the split &apos;%2&apos; (expected train, val, test or nothing)</source>
        <translation>%1 に分割 &apos;%2&apos; で記載されています (train、val、test または空欄が必要です)</translation>
    </message>
    <message>
        <source>cannot copy into the project: %1</source>
        <translation>プロジェクトにコピーできません: %1</translation>
    </message>
    <message>
        <source>cannot move the copy into place</source>
        <translation>コピーを所定の場所に移動できません</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>is not a CSV file</source>
        <translation>CSV ファイルではありません</translation>
    </message>
    <message>
        <source>is not an image file type (%1)</source>
        <translation>画像ファイルの種類ではありません (%1)</translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>フォルダーを読み取れません</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>the file name is not UTF-8, so the project cannot refer to it where it is: rename it, or import with copying</source>
        <translation>ファイル名が UTF-8 ではないため、プロジェクトは元の場所のファイルを参照できません: 名前を変更するか、コピーしてインポートしてください</translation>
    </message>
    <message>
        <source>cannot be referenced from this project&apos;s drive; copy it instead</source>
        <translation>このプロジェクトのドライブからは参照できません。代わりにコピーしてください</translation>
    </message>
</context>
<context>
    <name>LrFinder</name>
    <message>
        <source>the range test needs 0 &lt; minimum rate &lt; maximum rate and at least 5 steps</source>
        <translation>範囲テストには 0 &lt; 最小学習率 &lt; 最大学習率 と 5 ステップ以上が必要です</translation>
    </message>
    <message>
        <source>precision %1 on %2: %3</source>
        <translation>演算精度 %1 (%2): %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>the range test needs at least two decodable training images</source>
        <translation>範囲テストにはデコード可能な学習画像が 2 枚以上必要です</translation>
    </message>
    <message>
        <source>the range test failed: %1</source>
        <translation>範囲テストに失敗しました: %1</translation>
    </message>
    <message>
        <source>the loss diverged at once: lower the minimum rate</source>
        <translation>損失がすぐに発散しました: 最小学習率を下げてください</translation>
    </message>
</context>
<context>
    <name>ModelExporter</name>
    <message numerus="yes">
        <source> (%n image(s) with two all but tied classes changed places)</source>
        <translation>
            <numerusform> (ほぼ同点の 2 クラスの順位が入れ替わった画像 %n 枚)</numerusform>
        </translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未照合</translation>
    </message>
    <message>
        <source>verified with %1 on %2 images: top-1 agreement %3 %, max |Δ%4| %5</source>
        <translation>%1 で画像 %2 枚により照合: top-1 一致率 %3 %、最大 |Δ%4| %5</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>ロジット</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>the written file does not load in %1: %2</source>
        <translation>書き込んだファイルを %1 で読み込めません: %2</translation>
    </message>
    <message>
        <source>no image to verify the export with; use --no-verify to skip the check</source>
        <translation>エクスポートを照合する画像がありません。確認を省略するには --no-verify を使ってください</translation>
    </message>
    <message>
        <source>the exported model has %1 outputs instead of %2</source>
        <translation>エクスポートしたモデルの出力が %2 個ではなく %1 個です</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>照合に失敗しました: %1</translation>
    </message>
    <message>
        <source>the exported model predicts differently: %1</source>
        <translation>エクスポートしたモデルの予測が異なります: %1</translation>
    </message>
</context>
<context>
    <name>ModelMetadata</name>
    <message>
        <source>model metadata: temperature %1 is not a positive number</source>
        <translation>モデルのメタデータ: 温度 %1 が正の数ではありません</translation>
    </message>
    <message>
        <source>model metadata: fewer than two class names</source>
        <translation>モデルのメタデータ: クラス名が 2 つ未満です</translation>
    </message>
    <message>
        <source>model metadata: input.imageSize %1 is not a usable input size</source>
        <translation>モデルのメタデータ: input.imageSize %1 は使用できる入力サイズではありません</translation>
    </message>
    <message>
        <source>model metadata: input.mean and input.std need three values</source>
        <translation>モデルのメタデータ: input.mean と input.std には 3 つの値が必要です</translation>
    </message>
    <message>
        <source>model metadata: channel order &apos;%1&apos; is not supported</source>
        <translation>モデルのメタデータ: チャネル順 &apos;%1&apos; には対応していません</translation>
    </message>
    <message>
        <source>model metadata: input.std must be positive</source>
        <translation>モデルのメタデータ: input.std は正である必要があります</translation>
    </message>
</context>
<context>
    <name>OnnxClassifier</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not an ONNX model</source>
        <translation>%1 は ONNX モデルではありません</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot load %1: %2</source>
        <translation>OpenCV DNN で %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot load %1</source>
        <translation>OpenCV DNN で %1 を読み込めません</translation>
    </message>
    <message>
        <source>the ONNX model returned an output of unexpected shape</source>
        <translation>ONNX モデルが予期しない形状の出力を返しました</translation>
    </message>
</context>
<context>
    <name>OnnxExporter</name>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX モデル (*.onnx)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
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
        <translation>ONNX グラフを構築できません: %1</translation>
    </message>
    <message>
        <source>cannot serialise the ONNX model</source>
        <translation>ONNX モデルをシリアライズできません</translation>
    </message>
</context>
<context>
    <name>Predictor</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1 carries no Hone metadata (inside the model or in %1.json beside it)</source>
        <translation>%1 には Hone のメタデータがありません (モデル内にも、隣の %1.json にも)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>metadata is not JSON</source>
        <translation>メタデータが JSON ではありません</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>画像が空です</translation>
    </message>
    <message>
        <source>the model failed: %1</source>
        <translation>モデルの実行に失敗しました: %1</translation>
    </message>
    <message>
        <source>the model has %1 outputs but its metadata names %2 classes</source>
        <translation>モデルの出力は %1 個ですが、メタデータには %2 クラスの名前があります</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>schemaVersion: missing or not a number</source>
        <translation>schemaVersion: ないか、数値ではありません</translation>
    </message>
    <message>
        <source>schemaVersion: %1 is newer than this version of Hone understands (%2)</source>
        <translation>schemaVersion: %1 はこのバージョンの Hone が理解できるもの (%2) より新しいです</translation>
    </message>
    <message>
        <source>classes: not an array</source>
        <translation>classes: 配列ではありません</translation>
    </message>
    <message>
        <source>: not an object</source>
        <translation>: オブジェクトではありません</translation>
    </message>
    <message>
        <source>.id: missing or not a number</source>
        <translation>.id: ないか、数値ではありません</translation>
    </message>
    <message>
        <source>.id: %1 is negative or used twice</source>
        <translation>.id: %1 が負の値か、重複しています</translation>
    </message>
    <message>
        <source>.name: empty or used twice</source>
        <translation>.name: 空か、重複しています</translation>
    </message>
    <message>
        <source>images: not an array</source>
        <translation>images: 配列ではありません</translation>
    </message>
    <message>
        <source>.path: &apos;%1&apos; is not a relative path in normal form</source>
        <translation>.path: &apos;%1&apos; は正規形の相対パスではありません</translation>
    </message>
    <message>
        <source>.path: &apos;%1&apos; is listed twice</source>
        <translation>.path: &apos;%1&apos; が 2 回記載されています</translation>
    </message>
    <message>
        <source>.label: unknown class id %1</source>
        <translation>.label: 不明なクラス id %1</translation>
    </message>
    <message>
        <source>.label: not a class id</source>
        <translation>.label: クラス id ではありません</translation>
    </message>
    <message>
        <source>.split: &apos;%1&apos; is not train, val or test</source>
        <translation>.split: &apos;%1&apos; は train、val、test のいずれでもありません</translation>
    </message>
    <message>
        <source>.reviewed: not a list</source>
        <translation>.reviewed: リストではありません</translation>
    </message>
    <message>
        <source>.reviewed: not a list of names</source>
        <translation>.reviewed: 名前のリストではありません</translation>
    </message>
    <message>
        <source>the backup cannot be used either: %1</source>
        <translation>バックアップも使用できません: %1</translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation>バックアップ %1 がありません</translation>
    </message>
    <message>
        <source>cannot move the damaged %1 aside</source>
        <translation>破損した %1 を退避できません</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1: %2 MB is far larger than any project file; it is not read</source>
        <translation>%1: %2 MB はプロジェクトファイルとしては大きすぎるため、読み込みません</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: オフセット %2 で JSON が無効です: %3</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation>%1: 最上位が JSON オブジェクトではありません</translation>
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
        <translation>エポック</translation>
    </message>
</context>
<context>
    <name>ReliabilityDiagram</name>
    <message>
        <source>Calibration: evaluate a run to see it.</source>
        <translation>キャリブレーション: 実行を評価すると表示されます。</translation>
    </message>
    <message>
        <source>Calibration on %1 images: ECE %2 % → %3 % (T = %4)</source>
        <translation>画像 %1 枚でのキャリブレーション: ECE %2 % → %3 % (T = %4)</translation>
    </message>
    <message>
        <source>confidence · share right: grey before, blue after</source>
        <translation>信頼度 · 正解の割合: 灰色は適用前、青は適用後</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>interrupted</source>
        <extracomment>the application ended while the run was training</extracomment>
        <translation>中断</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>実行フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>no run &apos;%1&apos; in this project</source>
        <translation>このプロジェクトに実行 &apos;%1&apos; はありません</translation>
    </message>
    <message>
        <source>this project has no finished training run; train first</source>
        <translation>このプロジェクトには完了した学習の実行がありません。先に学習してください</translation>
    </message>
    <message>
        <source>the run is being trained by another process (%1, process %2 on %3)</source>
        <translation>この実行は別のプロセスで学習中です (%1、%3 のプロセス %2)</translation>
    </message>
    <message>
        <source>cannot lock the run folder %1</source>
        <translation>実行フォルダー %1 をロックできません</translation>
    </message>
    <message>
        <source>cannot delete %1 completely</source>
        <translation>%1 を完全には削除できません</translation>
    </message>
    <message>
        <source>run %1: run.json gives no valid image size</source>
        <translation>実行 %1: run.json に有効な画像サイズがありません</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>実行 %1: %2</translation>
    </message>
</context>
<context>
    <name>SplitText</name>
    <message>
        <source>train</source>
        <extracomment>the training split, short (shown on image tiles)</extracomment>
        <translation>学習</translation>
    </message>
    <message>
        <source>val</source>
        <extracomment>the validation split, short (shown on image tiles)</extracomment>
        <translation>検証</translation>
    </message>
    <message>
        <source>test</source>
        <extracomment>the test split (noun), short (shown on image tiles)</extracomment>
        <translation>テスト</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>the training split, as named in a sentence (&quot;on the training split&quot;)</extracomment>
        <translation>学習</translation>
    </message>
    <message>
        <source>validation</source>
        <extracomment>the validation split, as named in a sentence (&quot;on the validation split&quot;)</extracomment>
        <translation>検証</translation>
    </message>
    <message>
        <source>test</source>
        <comment>sentence</comment>
        <extracomment>the test split, as named in a sentence (&quot;on the test split&quot;)</extracomment>
        <translation>テスト</translation>
    </message>
</context>
<context>
    <name>TorchScriptExporter</name>
    <message>
        <source>TorchScript model (*.pt)</source>
        <translation>TorchScript モデル (*.pt)</translation>
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
        <translation>検証画像 %1 枚でキャリブレーション: 温度 %2、期待キャリブレーション誤差 %3 % → %4 %</translation>
    </message>
    <message>
        <source>Not calibrated: %1</source>
        <translation>キャリブレーションなし: %1</translation>
    </message>
    <message>
        <source>; unknown below %1 % confidence</source>
        <translation>。信頼度 %1 % 未満</translation>
    </message>
    <message>
        <source> or farther than %1 from every class</source>
        <translation>、またはすべてのクラスから %1 より遠い</translation>
    </message>
    <message>
        <source> (keeps %1 % of right validation answers, flags %2 % of wrong ones)</source>
        <translation>は不明 (検証の正解の %1 % を保持、誤りの %2 % を検出)</translation>
    </message>
</context>
<context>
    <name>TrainingConfig</name>
    <message>
        <source>unknown backbone &apos;%1&apos;</source>
        <translation>不明なバックボーン &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the weights %1 are for another architecture than %2; choose weights for %2</source>
        <translation>重み %1 は %2 とは別のアーキテクチャ用です。%2 用の重みを選んでください</translation>
    </message>
    <message>
        <source>freeze depth must be between 0 and %1 for %2</source>
        <translation>%2 の凍結深さは 0 から %1 の間である必要があります</translation>
    </message>
    <message>
        <source>recipe must be one of %1</source>
        <translation>レシピは %1 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>head-only epochs must be fewer than the epochs (0 = a fifth of them)</source>
        <translation>ヘッドのみのエポック数はエポック数より少なくする必要があります (0 = その 5 分の 1)</translation>
    </message>
    <message>
        <source>the per-stage learning-rate factor must be above 0 and at most 1</source>
        <translation>ステージごとの学習率係数は 0 より大きく 1 以下である必要があります</translation>
    </message>
    <message>
        <source>epochs must be between 1 and 10000</source>
        <translation>エポック数は 1 から 10000 の間である必要があります</translation>
    </message>
    <message>
        <source>batch size must be 0 (automatic) or between 2 and 4096 (BatchNorm needs two images per batch)</source>
        <translation>バッチサイズは 0 (自動) または 2 から 4096 の間である必要があります (BatchNorm にはバッチあたり 2 枚の画像が必要です)</translation>
    </message>
    <message>
        <source>learning rate must be positive and at most 10</source>
        <translation>学習率は正で 10 以下である必要があります</translation>
    </message>
    <message>
        <source>schedule must be one of %1</source>
        <translation>スケジュールは %1 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>warm-up must be between 0 and the number of epochs</source>
        <translation>ウォームアップは 0 からエポック数までの間である必要があります</translation>
    </message>
    <message>
        <source>optimizer must be sgd or adamw</source>
        <translation>オプティマイザーは sgd または adamw である必要があります</translation>
    </message>
    <message>
        <source>label smoothing must be at least 0 and below 1</source>
        <translation>ラベル平滑化は 0 以上 1 未満である必要があります</translation>
    </message>
    <message>
        <source>gradient clipping must be 0 (off) or a positive norm</source>
        <translation>勾配クリッピングは 0 (オフ) または正のノルムである必要があります</translation>
    </message>
    <message>
        <source>class weights must be none or balanced</source>
        <translation>クラスの重みは none または balanced である必要があります</translation>
    </message>
    <message>
        <source>cached views must be between 2 and %1</source>
        <translation>キャッシュするビュー数は 2 から %1 の間である必要があります</translation>
    </message>
    <message>
        <source>early-stopping patience must be 0 (off) or more epochs</source>
        <translation>早期終了の patience は 0 (オフ) 以上のエポック数である必要があります</translation>
    </message>
    <message>
        <source>the early-stopping metric must be val_accuracy or val_loss</source>
        <translation>早期終了の指標は val_accuracy または val_loss である必要があります</translation>
    </message>
    <message>
        <source>precision must be auto, fp32, fp16 or bf16</source>
        <translation>演算精度は auto、fp32、fp16、bf16 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>channels-last must be auto, on or off</source>
        <translation>channels-last は auto、on、off のいずれかである必要があります</translation>
    </message>
    <message>
        <source>image size must be between 32 and 1024 pixels</source>
        <translation>画像サイズは 32 から 1024 ピクセルの間である必要があります</translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message numerus="yes">
        <source>training needs labeled training images in at least two classes (this project has %n class(es) with training images)</source>
        <translation>
            <numerusform>学習には少なくとも 2 クラスのラベル付き学習画像が必要です (このプロジェクトで学習画像のあるクラスは %n 個です)</numerusform>
        </translation>
    </message>
    <message>
        <source>training needs validation images: split the dataset first</source>
        <translation>学習には検証画像が必要です: 先にデータセットを分割してください</translation>
    </message>
</context>
<context>
    <name>TrainingReport</name>
    <message>
        <source>Calibration and unknown</source>
        <translation>キャリブレーションと不明判定</translation>
    </message>
    <message>
        <source>This run has no calibration (it was trained by an earlier version of Hone).</source>
        <translation>この実行にはキャリブレーションがありません (以前のバージョンの Hone で学習されました)。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>1 (not fitted: %1)</source>
        <translation>1 (推定なし: %1)</translation>
    </message>
    <message>
        <source>Expected calibration error, validation (10 bins)</source>
        <translation>期待キャリブレーション誤差、検証 (10 ビン)</translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation>適用前 %1、適用後 %2</translation>
    </message>
    <message>
        <source>Negative log-likelihood, validation</source>
        <translation>負の対数尤度、検証</translation>
    </message>
    <message>
        <source>Unknown below a calibrated confidence of</source>
        <translation>キャリブレーション後の信頼度がこれ未満なら不明</translation>
    </message>
    <message>
        <source>Unknown farther from every class centre than</source>
        <translation>すべてのクラス中心からの距離がこれを超えると不明</translation>
    </message>
    <message>
        <source>On validation</source>
        <translation>検証での結果</translation>
    </message>
    <message>
        <source>keeps %1 of the right answers (target %2), flags %3 of the wrong ones</source>
        <translation>正解の %1 を保持 (目標 %2)、誤りの %3 を検出</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>reliability diagram of the evaluated split</source>
        <translation>評価した分割の信頼性ダイアグラム</translation>
    </message>
    <message>
        <source>Training report: %1, run %2</source>
        <translation>学習レポート: %1、実行 %2</translation>
    </message>
    <message>
        <source>Written by Hone %1 on %2 from %3.</source>
        <translation>Hone %1 により %2 に %3 から作成。</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>実行の状態</translation>
    </message>
    <message>
        <source>Best epoch (validation accuracy)</source>
        <translation>最良エポック (検証正解率)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>評価対象</translation>
    </message>
    <message numerus="yes">
        <source>the %1 split, %n image(s)</source>
        <translation>
            <numerusform>%1 分割、画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>%1 (95 % confidence interval %2 – %3)</source>
        <translation>%1 (95 % 信頼区間 %2 – %3)</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <source>Top-%1 accuracy</source>
        <translation>Top-%1 正解率</translation>
    </message>
    <message>
        <source>Images skipped</source>
        <translation>スキップした画像</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>loss and accuracy curves</source>
        <translation>損失と正解率の曲線</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>クラス別</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>Most confused pairs</source>
        <translation>最も混同されたペア</translation>
    </message>
    <message>
        <source>No image was confused.</source>
        <translation>混同された画像はありません。</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>正解クラス</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>予測クラス</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Share of the class</source>
        <translation>クラス内の割合</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>信頼度が最も高い誤り</translation>
    </message>
    <message>
        <source>No image was misclassified.</source>
        <translation>誤分類された画像はありません。</translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>データの健全性</translation>
    </message>
    <message>
        <source>A data-doctor scan of all %1 images with %2 embeddings, %3-fold cross-validation (hone-cli doctor for the full list; fix them in the Doctor workspace).</source>
        <translation>%2 の埋め込みによる全画像 %1 枚のデータドクタースキャン、%3 フォールド交差検証 (全一覧は hone-cli doctor で表示、修正はドクターワークスペースで行います)。</translation>
    </message>
    <message>
        <source>Likely label errors</source>
        <translation>ラベル誤りの可能性</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>重複グループ</translation>
    </message>
    <message>
        <source>… of which across splits (leakage)</source>
        <translation>… うち分割間 (リーク)</translation>
    </message>
    <message>
        <source>Images with quality problems</source>
        <translation>品質に問題のある画像</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>外れ値</translation>
    </message>
    <message>
        <source>Small classes</source>
        <translation>小さいクラス</translation>
    </message>
    <message>
        <source>Unreadable images</source>
        <translation>読み取れない画像</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>The same picture in training and validation or test makes the measured accuracy too high.</source>
        <translation>同じ画像が学習と検証またはテストの両方にあると、測定される正解率が高くなりすぎます。</translation>
    </message>
    <message>
        <source>Likeliest label errors</source>
        <translation>ラベル誤りの可能性が高いもの</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>推定クラス</translation>
    </message>
    <message>
        <source>Label quality</source>
        <translation>ラベル品質</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <source>near</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>Duplicates across splits</source>
        <translation>分割間の重複</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Small class %1 (%2 images): %3</source>
        <translation>小さいクラス %1 (画像 %2 枚): %3</translation>
    </message>
    <message>
        <source>%1 split, %2 correct</source>
        <translation>%1 分割、正解 %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Training report, run %1</source>
        <translation>学習レポート、実行 %1</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>noun: the class an image is labelled with</comment>
        <translation>ラベル</translation>
    </message>
</context>
<context>
    <name>TrunkCache</name>
    <message>
        <source>Feature cache off: the frozen stages&apos; output would take %1 GB of memory</source>
        <translation>特徴キャッシュ オフ: 凍結ステージの出力に %1 GB のメモリが必要になります</translation>
    </message>
    <message>
        <source>Feature cache: the output of %1 for %2 images × %3 view(s)…</source>
        <translation>特徴キャッシュ: 画像 %2 枚 × %3 ビューに対する %1 の出力…</translation>
    </message>
    <message>
        <source>Feature cache: %1 older set(s) removed (%2 MB) to stay within %3 MB</source>
        <translation>特徴キャッシュ: %3 MB 以内に収めるため、古いセット %1 個を削除しました (%2 MB)</translation>
    </message>
    <message>
        <source>Feature cache: %1 reused, %2 computed in %3 s (%4 floats per image)</source>
        <translation>特徴キャッシュ: 再利用 %1、計算 %2 (%3 s、画像あたり %4 個の float)</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <source>Accept %n suggested label(s)</source>
        <translation>
            <numerusform>提案ラベル %n 件を採用</numerusform>
        </translation>
    </message>
    <message>
        <source>Add class %1</source>
        <translation>クラス %1 を追加</translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation>%1 を %2 として追加</translation>
    </message>
    <message numerus="yes">
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚をインポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n image(s) as %1</source>
        <translation>
            <numerusform>画像 %n 枚を %1 にラベル付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the label of %n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚のラベルを外す</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class %1 to %2</source>
        <translation>クラス %1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>Recolour class %1</source>
        <translation>クラス %1 の色を変更</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n image(s) as checked</source>
        <translation>
            <numerusform>画像 %n 枚を確認済みにする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚の確認済みを解除</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge class %1 into %2</source>
        <translation>クラス %1 を %2 に統合</translation>
    </message>
    <message>
        <source>Delete class %1</source>
        <translation>クラス %1 を削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚を分割</numerusform>
        </translation>
    </message>
    <message>
        <source>The class does not exist in this project.</source>
        <translation>このクラスはこのプロジェクトに存在しません。</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>画像が空です。</translation>
    </message>
    <message>
        <source>This image is in the dataset already, as %1.</source>
        <translation>この画像はすでに %1 としてデータセットにあります。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>another file has taken its place</source>
        <translation>別のファイルがその場所にあります</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message numerus="yes">
        <source>CUDA: available (%n device(s))</source>
        <translation>
            <numerusform>CUDA: 利用可能 (デバイス %n 台)</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: not available</source>
        <translation>CUDA: 利用不可</translation>
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
        <translation>予期しないエラーが発生したため、処理を中止しました:
%1

プロジェクトは保存されています。</translation>
    </message>
    <message>
        <source>Transfer learning workbench</source>
        <translation>転移学習ワークベンチ</translation>
    </message>
    <message>
        <source>Project folder to open.</source>
        <translation>開くプロジェクトフォルダー。</translation>
    </message>
    <message>
        <source>User interface language for this run: en, de, fr, es, zh_CN or ja (default: the Preferences choice, else the system&apos;s).</source>
        <translation>今回の起動で使うユーザーインターフェイスの言語: en、de、fr、es、zh_CN または ja (既定: 設定で選んだ言語、なければシステムの言語)。</translation>
    </message>
</context>
</TS>
