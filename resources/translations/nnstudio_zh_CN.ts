<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BackgroundDataLoader</name>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Reading the data was cancelled: change the data settings, or undo and redo, to read it again.</source>
        <translation>读取数据已取消：更改数据设置，或者撤销再重做，即可重新读取。</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <extracomment>the dialog shows only for work that takes longer than this</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <source>Discretize</source>
        <extracomment>points drawn per split at most</extracomment>
        <translation>离散显示</translation>
    </message>
    <message>
        <source>Show hard class regions instead of confidence</source>
        <translation>显示明确的类别区域，而不是置信度</translation>
    </message>
    <message>
        <source>Show test points</source>
        <translation>显示测试点</translation>
    </message>
    <message>
        <source>Horizontal:</source>
        <translation>横轴：</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>纵轴：</translation>
    </message>
    <message>
        <source>Horizontal feature</source>
        <translation>横轴特征</translation>
    </message>
    <message>
        <source>The feature along the horizontal axis</source>
        <translation>沿横轴显示的特征</translation>
    </message>
    <message>
        <source>Vertical feature</source>
        <translation>纵轴特征</translation>
    </message>
    <message>
        <source>The feature along the vertical axis</source>
        <translation>沿纵轴显示的特征</translation>
    </message>
    <message>
        <source>Also draw the test points (square, black outline), which the network never trained on</source>
        <translation>同时画出测试点（方形，黑色轮廓），网络从未用它们训练过</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>What the network answers at every point of the input plane, with the data on top</source>
        <translation>网络在输入平面上每一点给出的答案，上面叠加着数据</translation>
    </message>
    <message>
        <source>%1 (the number input that tells most about the target)</source>
        <translation>%1（最能说明目标的数值输入）</translation>
    </message>
    <message>
        <source>%1 (the second most telling)</source>
        <translation>%1（第二能说明目标的输入）</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>以及另外 %1 个</translation>
    </message>
    <message>
        <source>Other features held at their training mean: %1</source>
        <translation>其他特征固定为训练集平均值：%1</translation>
    </message>
    <message>
        <source>paler = less sure</source>
        <translation>颜色越浅 = 越不确定</translation>
    </message>
    <message>
        <source>Colour: the predicted value (scale on the right); dots: the data</source>
        <translation>颜色：预测值（刻度见右侧）；点：数据</translation>
    </message>
    <message>
        <source>test points (black outline)</source>
        <translation>测试点（黑色轮廓）</translation>
    </message>
    <message>
        <source>The decision boundary needs points or a table with at least two numeric features; this data has none to lay out on a plane.</source>
        <translation>决策边界需要点数据，或者至少有两个数值特征的表格；这份数据没有可以在平面上展示的特征。</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>特征 %1</translation>
    </message>
    <message>
        <source>predicted value</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>BuilderActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last change.</source>
        <translation>撤回上一次修改。</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Do again what was undone.</source>
        <translation>重新执行被撤销的操作。</translation>
    </message>
    <message>
        <source>&amp;Delete layer</source>
        <translation>删除层(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected layer from the network.</source>
        <translation>从网络中移除所选的层。</translation>
    </message>
    <message>
        <source>D&amp;uplicate layer</source>
        <translation>复制层(&amp;U)</translation>
    </message>
    <message>
        <source>Add a copy of the selected layer after it.</source>
        <translation>在所选层后面添加它的一个副本。</translation>
    </message>
    <message>
        <source>Move &amp;earlier</source>
        <translation>前移(&amp;E)</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the input.</source>
        <translation>把所选层向输入方向移动一个位置。</translation>
    </message>
    <message>
        <source>Move &amp;later</source>
        <translation>后移(&amp;L)</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the output.</source>
        <translation>把所选层向输出方向移动一个位置。</translation>
    </message>
    <message>
        <source>&amp;Edit settings</source>
        <translation>编辑设置(&amp;E)</translation>
    </message>
    <message>
        <source>Show the selected layer&apos;s settings in the inspector.</source>
        <translation>在检查器中显示所选层的设置。</translation>
    </message>
    <message>
        <source>&amp;Fix the problem</source>
        <translation>修复问题(&amp;F)</translation>
    </message>
    <message>
        <source>Apply the suggested fix for the selected layer.</source>
        <translation>对所选层应用建议的修复。</translation>
    </message>
    <message>
        <source>&amp;Paste Keras code…</source>
        <translation>粘贴 Keras 代码(&amp;P)…</translation>
    </message>
    <message>
        <source>Build the network from Keras code (Sequential, add, compile).</source>
        <translation>根据 Keras 代码（Sequential、add、compile）搭建网络。</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Make the blocks bigger (Ctrl+wheel also zooms).</source>
        <translation>把方块放大（Ctrl+滚轮也可以缩放）。</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Make the blocks smaller.</source>
        <translation>把方块缩小。</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole network in the window.</source>
        <translation>在窗口中显示整个网络。</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Show the blocks at their normal size.</source>
        <translation>以正常大小显示方块。</translation>
    </message>
    <message>
        <source>Example &amp;gallery…</source>
        <translation>示例库(&amp;G)…</translation>
    </message>
    <message>
        <source>Pick a ready-to-train example, with a picture and a teacher&apos;s note.</source>
        <translation>挑选一个可以直接训练的示例，附有图片和教师提示。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close NN Studio (asks about unsaved changes).</source>
        <translation>关闭 NN Studio（会询问是否保存未保存的修改）。</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>撤销{0}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>重做{0}(&amp;R)</translation>
    </message>
</context>
<context>
    <name>BuilderPart</name>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Model summary</source>
        <translation>模型摘要</translation>
    </message>
    <message>
        <source>Whether the network fits together and matches the data.</source>
        <translation>网络各层是否衔接正确、是否与数据匹配。</translation>
    </message>
    <message>
        <source>Apply the suggested fix (you can undo it).</source>
        <translation>应用建议的修复（可以撤销）。</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>✓ The network fits together. ⚠ {0}</source>
        <translation>✓ 网络各层相互匹配。⚠ {0}</translation>
    </message>
    <message>
        <source>✓ The network fits together: {0} parameters.</source>
        <translation>✓ 网络结构正确：共 {0} 个参数。</translation>
    </message>
    <message>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>修复：{0}</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>无法进行这项更改</translation>
    </message>
    <message>
        <source>“{0}” could not be done, so it was taken back: the project is as it was before.</source>
        <translation>无法完成“{0}”，因此已撤回：项目保持原样。</translation>
    </message>
    <message>
        <source>Training is running: stop it to change the network.</source>
        <translation>正在训练：请先停止训练，再修改网络。</translation>
    </message>
    <message>
        <source>NN Studio has no layer type “{0}”.</source>
        <translation>NN Studio 没有“{0}”这种层。</translation>
    </message>
    <message>
        <source>Fixed: {0}.</source>
        <translation>已修复：{0}。</translation>
    </message>
    <message>
        <source>Loading the example “{0}”…</source>
        <translation>正在载入示例“{0}”…</translation>
    </message>
    <message>
        <source>Cannot load the example</source>
        <translation>无法载入示例</translation>
    </message>
    <message>
        <source>Load example “{0}”</source>
        <translation>载入示例“{0}”</translation>
    </message>
    <message>
        <source>Loaded the example “{0}”. Edit ▸ Undo brings your network back.</source>
        <translation>已载入示例“{0}”。“编辑 ▸ 撤销”可以找回你的网络。</translation>
    </message>
    <message>
        <source>Paste Keras code</source>
        <translation>粘贴 Keras 代码</translation>
    </message>
    <message>
        <source>Network from Keras code</source>
        <translation>来自 Keras 代码的网络</translation>
    </message>
    <message>
        <source>Training settings from Keras code</source>
        <translation>来自 Keras 代码的训练设置</translation>
    </message>
    <message>
        <source>Built {0} layers from the code.</source>
        <translation>已根据代码搭建 {0} 个层。</translation>
    </message>
</context>
<context>
    <name>ClassBalance</name>
    <message>
        <source>How many samples of each class the training and test sets hold.</source>
        <translation>训练集和测试集中每个类别各有多少样本。</translation>
    </message>
    <message>
        <source>{train} training samples, {test} test samples</source>
        <translation>{train} 个训练样本，{test} 个测试样本</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>{n} training samples of class {name}</source>
        <translation>类别 {name} 的训练样本：{n} 个</translation>
    </message>
    <message>
        <source>{n} test samples of class {name}</source>
        <translation>类别 {name} 的测试样本：{n} 个</translation>
    </message>
</context>
<context>
    <name>ClassroomPart</name>
    <message>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Large text, thick curves and high contrast, full screen, for a projector. Press F11 or Esc to leave.</source>
        <translation>大字体、粗曲线、高对比度、全屏，适合投影仪。按 F11 或 Esc 退出。</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>功能导览(&amp;T)</translation>
    </message>
    <message>
        <source>Show the short tour of the window again.</source>
        <translation>再次显示窗口的简短导览。</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <source>Short explanations of the words used in NN Studio.</source>
        <translation>NN Studio 中常用术语的简短解释。</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>这是什么？(&amp;W)</translation>
    </message>
    <message>
        <source>Then click any control to read what it does.</source>
        <translation>然后点击任意控件，即可查看它的作用。</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key that does something in NN Studio.</source>
        <translation>NN Studio 中所有可用的按键。</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>The target is what the network learns to predict from the input columns.</source>
        <translation>目标是网络要根据输入列学会预测的内容。</translation>
    </message>
    <message>
        <source>The column to predict (the label or answer).</source>
        <translation>要预测的列（标签或答案）。</translation>
    </message>
    <message>
        <source>Choose the target and the columns</source>
        <translation>选择目标列和输入列</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Identifier (not used)</source>
        <translation>标识符（不使用）</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <source>Leave out the row</source>
        <translation>略去该行</translation>
    </message>
    <message>
        <source>Fill with the mean</source>
        <translation>用平均值填补</translation>
    </message>
    <message>
        <source>Fill with the median</source>
        <translation>用中位数填补</translation>
    </message>
    <message>
        <source>Fill with the most frequent value</source>
        <translation>用最常见的值填补</translation>
    </message>
    <message>
        <source>Fill and add an “is missing” column</source>
        <translation>填补并添加“是否缺失”列</translation>
    </message>
    <message>
        <source>Classification predicts a class (a name or a small whole number); regression predicts a quantity.</source>
        <translation>分类预测一个类别（一个名称或较小的整数）；回归预测一个数量。</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Regression (predict a number)</source>
        <translation>回归（预测一个数值）</translation>
    </message>
    <message>
        <source>Each column&apos;s role, why it was guessed, its gaps and what a gap becomes.</source>
        <translation>每一列的角色、这样猜测的原因、缺失值的数量，以及缺失值如何处理。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>用作</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>If a value is missing</source>
        <translation>如果值缺失</translation>
    </message>
    <message>
        <source>Set what a gap (an empty cell, NA, NaN, ?) becomes in every column at once.</source>
        <translation>一次性设置所有列中缺失值（空单元格、NA、NaN、?）的处理方式。</translation>
    </message>
    <message>
        <source>(column by column)</source>
        <translation>（逐列设置）</translation>
    </message>
    <message>
        <source>Gaps in all columns:</source>
        <translation>所有列的缺失值：</translation>
    </message>
    <message>
        <source>Suggested: {column} ({reason}).</source>
        <translation>建议：{column}（{reason}）。</translation>
    </message>
    <message>
        <source>Looks like: {task} ({reason})</source>
        <translation>看起来是：{task}（{reason}）</translation>
    </message>
    <message>
        <source>How the network sees this column. Identifiers and unused columns are left out.</source>
        <translation>网络如何看待这一列。标识符和不使用的列会被略去。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{count} ({percent:.0f} %)</source>
        <translation>{count}（{percent:.0f} %）</translation>
    </message>
    <message>
        <source>What an empty cell (or NA, NaN, ?) in this column becomes. Fill values come from the training rows.</source>
        <translation>这一列中的空单元格（或 NA、NaN、?）如何处理。填补值来自训练行。</translation>
    </message>
    <message>
        <source>Leave out the row (−{count} rows)</source>
        <translation>略去该行（−{count} 行）</translation>
    </message>
    <message>
        <source>Rows used: {kept} of {rows}.</source>
        <translation>使用的行：{kept} / {rows}。</translation>
    </message>
    <message>
        <source>{count} left out for gaps in columns set to “Leave out the row”.</source>
        <translation>有 {count} 行因设为“略去该行”的列中有缺失值而被略去。</translation>
    </message>
    <message>
        <source>{count} have no target value.</source>
        <translation>有 {count} 行没有目标值。</translation>
    </message>
    <message>
        <source>In the first {rows} rows: {text}</source>
        <translation>在前 {rows} 行中：{text}</translation>
    </message>
    <message>
        <source>Standardize the inputs</source>
        <translation>标准化输入</translation>
    </message>
    <message>
        <source>Shift and scale each input column to mean 0 and spread 1, using the training rows only. Helps most networks learn.</source>
        <translation>只用训练行，把每个输入列平移并缩放到平均值为 0、离散程度为 1。对大多数网络的学习都有帮助。</translation>
    </message>
    <message>
        <source>Replace the network with one suggested for this data</source>
        <translation>用为这份数据建议的网络替换当前网络</translation>
    </message>
    <message>
        <source>A small network sized for these inputs and classes, so that Train works at once. You can undo it.</source>
        <translation>一个按这些输入和类别确定大小的小网络，可以立即训练。可以撤销。</translation>
    </message>
    <message>
        <source>Share of the rows kept aside to test the trained network.</source>
        <translation>留出来测试训练好的网络的行所占的比例。</translation>
    </message>
    <message>
        <source>Target column:</source>
        <translation>目标列：</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Test rows:</source>
        <translation>测试行：</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message>
        <source>%1 test samples of class %2 predicted as %3 (click to list them)</source>
        <translation>类别 %2 中有 %1 个测试样本被预测为 %3（点击列出）</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>预测为 %1</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>实际为 %1</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Building the network</source>
        <translation>搭建网络</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>Running the training</source>
        <translation>运行训练</translation>
    </message>
    <message>
        <source>Watching the results</source>
        <translation>观察结果</translation>
    </message>
    <message>
        <source>Layer palette</source>
        <translation>层面板</translation>
    </message>
    <message>
        <source>The building blocks of a network. Drag a layer onto the network, or select it and press Enter to add it.</source>
        <translation>网络的积木。把一个层拖到网络上，或选中它后按 Enter 键添加。</translation>
    </message>
    <message>
        <source>Network canvas</source>
        <translation>网络画布</translation>
    </message>
    <message>
        <source>Your network: the data flows from the input, through the layers, to the output. Click a layer to change it; drag it to move it.</source>
        <translation>你的网络：数据从输入出发，经过各层，流向输出。点击一个层可以修改它，拖动可以移动它。</translation>
    </message>
    <message>
        <source>Layer settings</source>
        <translation>层设置</translation>
    </message>
    <message>
        <source>The settings of the selected layer, for example how many neurons it has and which activation it uses.</source>
        <translation>所选层的设置，例如它有多少个神经元、使用哪种激活函数。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>The function each neuron of the selected layer applies to its sum. It lets the network draw curved boundaries; relu and tanh are common choices.</source>
        <translation>所选层的每个神经元对其加权和使用的函数。它让网络能画出弯曲的边界；relu 和 tanh 是常用的选择。</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>The examples the network learns from: inputs together with the right answers.</source>
        <translation>网络用来学习的样本：输入以及对应的正确答案。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>The method that changes the weights after each batch so that the loss goes down. Adam is a safe first choice.</source>
        <translation>每个批次之后调整权重、让损失下降的方法。Adam 是稳妥的首选。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>How big each change of the weights is. Too big: the loss jumps around. Too small: learning is slow.</source>
        <translation>每次调整权重的幅度。太大：损失上下乱跳；太小：学得很慢。</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>How many times the network goes through the whole training set.</source>
        <translation>网络把整个训练集完整地看多少遍。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>How many examples the network looks at before each change of its weights.</source>
        <translation>网络每调整一次权重之前要看多少个样本。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>How the error of the answers is measured. Training tries to make this number small.</source>
        <translation>衡量答案错误程度的方法。训练的目标就是让这个数变小。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Start (or continue) training: the network goes through the data again and again and improves its weights.</source>
        <translation>开始（或继续）训练：网络一遍又一遍地看数据，不断改进它的权重。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause the training. You can change settings and then continue.</source>
        <translation>暂停训练。你可以修改设置，然后继续。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train on one more batch and pause again, to watch learning in slow motion.</source>
        <translation>再训练一个批次后暂停，像慢动作一样观察学习过程。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End this training run. The weights learnt so far are kept.</source>
        <translation>结束本次训练。已经学到的权重会保留。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start again from scratch: new random weights and empty curves.</source>
        <translation>从头开始：重新随机生成权重，清空曲线。</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>How much of the planned training is done.</source>
        <translation>计划的训练已经完成了多少。</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>The error after each epoch, on training and test data. It should go down. If the test curve rises while the training curve falls, the network is overfitting.</source>
        <translation>每一轮之后在训练数据和测试数据上的误差。它应该下降。如果训练曲线下降而测试曲线上升，说明网络过拟合了。</translation>
    </message>
    <message>
        <source>Accuracy curve</source>
        <translation>准确率曲线</translation>
    </message>
    <message>
        <source>The share of examples the network answers correctly after each epoch, on training and test data.</source>
        <translation>每一轮之后，网络在训练数据和测试数据上答对的样本比例。</translation>
    </message>
</context>
<context>
    <name>CsvImportWizard</name>
    <message>
        <source>Import a CSV file</source>
        <translation>导入 CSV 文件</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>请选择一个 CSV 文件。</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported. Press Read again, or Back to change the settings.</source>
        <translation>已取消：没有导入任何内容。按“重新读取”，或按“上一步”修改设置。</translation>
    </message>
    <message>
        <source>{n:.1f} MB</source>
        <translation>{n:.1f} MB</translation>
    </message>
    <message>
        <source>{n:.0f} KB</source>
        <translation>{n:.0f} KB</translation>
    </message>
</context>
<context>
    <name>CsvReadWorker</name>
    <message>
        <source>The file could not be read because of an internal error. Please report it together with the file.</source>
        <translation>由于内部错误，无法读取文件。请把这个问题连同文件一起报告给我们。</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <source>Training loss, each batch</source>
        <translation>训练损失（每个批次）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>The loss: how wrong the network&apos;s answers are. Lower is better. The thin line is the loss of each batch.</source>
        <translation>损失：网络的答案错得有多离谱。越低越好。细线是每个批次的损失。</translation>
    </message>
    <message>
        <source>Mean absolute error (mae)</source>
        <translation>平均绝对误差（mae）</translation>
    </message>
    <message>
        <source>The mean absolute error: how far the predicted numbers are from the true ones, on average. Lower is better.</source>
        <translation>平均绝对误差：预测的数值平均离真实值有多远。越低越好。</translation>
    </message>
    <message>
        <source>Training mae</source>
        <translation>训练 mae</translation>
    </message>
    <message>
        <source>Validation mae</source>
        <translation>验证 mae</translation>
    </message>
    <message>
        <source>Test mae</source>
        <translation>测试 mae</translation>
    </message>
    <message>
        <source>The share of samples the network classifies correctly (1 = all of them). Higher is better.</source>
        <translation>网络分类正确的样本比例（1 = 全部正确）。越高越好。</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Run {0}</source>
        <translation>训练 {0}</translation>
    </message>
    <message>
        <source>Press Train: the curves grow here as the network learns.</source>
        <translation>按“训练”：网络学习时，曲线会在这里逐渐画出来。</translation>
    </message>
    <message>
        <source>Press Train: the curves grow here.</source>
        <translation>按“训练”：曲线会在这里生长。</translation>
    </message>
    <message>
        <source>Epoch {0}</source>
        <translation>第 {0} 轮</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>mae</source>
        <translation>mae</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>The examples the network learns from</source>
        <extracomment>a line for the status bar: what changed along with the data (the network made to fit it)</extracomment>
        <translation>网络用来学习的样本</translation>
    </message>
    <message>
        <source>A run is active: stop it to choose other data.</source>
        <translation>正在训练：请先停止训练，再选择其他数据。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Noise, the share of training data, the number of samples and the seed</source>
        <translation>噪声、训练数据的比例、样本数和随机种子</translation>
    </message>
    <message>
        <source>How much the points are jittered: more noise makes the classes overlap</source>
        <translation>点的抖动程度：噪声越大，各类别越容易重叠</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>The share of the points used for training; the rest tests the network on points it never saw</source>
        <translation>用于训练的点的比例；其余的点用来在网络从未见过的数据上测试它</translation>
    </message>
    <message>
        <source>The share of the samples kept aside to test the network on data it never saw</source>
        <translation>留出来的样本比例，用来在网络从未见过的数据上测试它</translation>
    </message>
    <message>
        <source>How many samples to generate</source>
        <translation>要生成多少个样本</translation>
    </message>
    <message>
        <source>The random numbers behind the data: the same seed always gives the same data</source>
        <translation>数据背后的随机数：相同的种子总是得到相同的数据</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Draw new random data (the next seed)</source>
        <translation>生成新的随机数据（下一个种子）</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>训练比例</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>测试比例</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>CSV: {0}</source>
        <translation>CSV：{0}</translation>
    </message>
    <message>
        <source>Pictures: {0}</source>
        <translation>图片：{0}</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Open picture folder…</source>
        <translation>打开图片文件夹…</translation>
    </message>
    <message>
        <source>Your own pictures from a folder.</source>
        <translation>来自文件夹的你自己的图片。</translation>
    </message>
    <message>
        <source>Your own table from a CSV file.</source>
        <translation>来自 CSV 文件的你自己的表格。</translation>
    </message>
    <message>
        <source>{0} training and {1} test samples</source>
        <translation>{0} 个训练样本和 {1} 个测试样本</translation>
    </message>
    <message>
        <source> · {0} classes ({1})</source>
        <translation> · {0} 个类别（{1}）</translation>
    </message>
    <message>
        <source> · predicts a number</source>
        <translation> · 预测一个数值</translation>
    </message>
    <message>
        <source>Choose data: {0}</source>
        <translation>选择数据：{0}</translation>
    </message>
    <message>
        <source>Change data {0}</source>
        <translation>修改数据{0}</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Open picture folder</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <source>Use drawn examples</source>
        <translation>使用画出的样本</translation>
    </message>
</context>
<context>
    <name>DataPreview</name>
    <message>
        <source>Training points filled, test points with a dark outline.</source>
        <translation>训练点为实心，测试点带深色轮廓。</translation>
    </message>
    <message>
        <source>A few training images of each class.</source>
        <translation>每个类别的几张训练图片。</translation>
    </message>
    <message>
        <source>The first training rows, before standardization.</source>
        <translation>标准化之前的前几行训练数据。</translation>
    </message>
    <message>
        <source>{description}  {train} training and {test} test samples.</source>
        <translation>{description}  {train} 个训练样本和 {test} 个测试样本。</translation>
    </message>
    <message>
        <source>Class {name}</source>
        <translation>类别 {name}</translation>
    </message>
    <message>
        <source>Training sample {n}, class {name}</source>
        <translation>训练样本 {n}，类别 {name}</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>DrawDigitView</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Centre and size my drawing like the training digits</source>
        <translation>像训练用的数字一样，把我的画居中并调整大小</translation>
    </message>
    <message>
        <source>Wipe the drawing pad</source>
        <translation>擦掉画板上的内容</translation>
    </message>
    <message>
        <source>Centre and size my drawing</source>
        <translation>把我的画居中并调整大小</translation>
    </message>
    <message>
        <source>Crop the drawing to its ink and fit it to the box, as the training digits were</source>
        <translation>像训练用的数字那样，把画裁剪到笔迹范围并放满方框</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>画板</translation>
    </message>
    <message>
        <source>Draw a digit here with the mouse</source>
        <translation>用鼠标在这里画一个数字</translation>
    </message>
    <message>
        <source>Draw one digit, 0 to 9, filling the box.</source>
        <translation>画一个 0 到 9 的数字，填满方框。</translation>
    </message>
    <message>
        <source>What the network sees (8×8):</source>
        <translation>网络看到的样子（8×8）：</translation>
    </message>
    <message>
        <source>Drawing works with a model trained on the handwritten digits data set (8×8 pictures). Load the Digits example to try it.</source>
        <translation>手写功能需要一个在手写数字数据集（8×8 图片）上训练的模型。请载入“手写数字”示例来试试。</translation>
    </message>
    <message>
        <source>Draw a digit on the black square.</source>
        <translation>在黑色方块上画一个数字。</translation>
    </message>
    <message>
        <source>The network reads a %1 (%2 % sure).</source>
        <translation>网络认为这是 %1（把握 %2 %）。</translation>
    </message>
</context>
<context>
    <name>DrawExamplesDialog</name>
    <message>
        <source>Draw your own examples</source>
        <translation>画出你自己的样本</translation>
    </message>
    <message>
        <source>The classes and how many drawings each has: new drawings go to the chosen class</source>
        <translation>各个类别及其画作数量：新画作归入选中的类别</translation>
    </message>
    <message>
        <source>New class, e.g. smiley</source>
        <translation>新类别，例如 笑脸</translation>
    </message>
    <message>
        <source>The name of a new class; it becomes the name of its folder</source>
        <translation>新类别的名称；它也是该类别文件夹的名称</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Add a class with the name typed beside it</source>
        <translation>用旁边输入的名称添加一个类别</translation>
    </message>
    <message>
        <source>Draw one example here with the mouse (left button)</source>
        <translation>在这里用鼠标（左键）画一个样本</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <source>Take the last stroke away (Ctrl+Z)</source>
        <translation>去掉最后一笔（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Wipe the pad</source>
        <translation>擦净画板</translation>
    </message>
    <message>
        <source>Keep the drawing as an example of the chosen class and wipe the pad for the next one (Ctrl+Enter)</source>
        <translation>把这幅画作为选中类别的样本保存，并擦净画板以画下一幅（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>The drawings of the chosen class</source>
        <translation>选中类别的画作</translation>
    </message>
    <message>
        <source>Remove drawing</source>
        <translation>删除画作</translation>
    </message>
    <message>
        <source>Take the chosen drawing out of its class (Delete)</source>
        <translation>把选中的画作从其类别中删除（Delete）</translation>
    </message>
    <message>
        <source>Where the drawings are saved: one sub-folder per class</source>
        <translation>画作的保存位置：每个类别一个子文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the folder the drawings are saved in</source>
        <translation>选择保存画作的文件夹</translation>
    </message>
    <message>
        <source>Save and use as data</source>
        <translation>保存并用作数据</translation>
    </message>
    <message>
        <source>Save the drawings as PNG pictures and train on them</source>
        <translation>把画作保存为 PNG 图片并用它们训练</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <source>Drawing {n} of {name}</source>
        <translation>{name} 的第 {n} 幅画</translation>
    </message>
    <message>
        <source>Drawings of {name}</source>
        <translation>{name} 的画作</translation>
    </message>
    <message>
        <source>Add to “{name}”</source>
        <translation>添加到“{name}”</translation>
    </message>
    <message>
        <source>Add to class</source>
        <translation>添加到类别</translation>
    </message>
    <message>
        <source>Type a name for the first class (for example smiley) and press Add class.</source>
        <translation>为第一个类别输入名称（例如 笑脸），然后按“添加类别”。</translation>
    </message>
    <message>
        <source>Draw a few examples of each class; at least two classes need drawings.</source>
        <translation>为每个类别画几个样本；至少需要两个类别有画作。</translation>
    </message>
    <message>
        <source>{count} drawings in {classes} classes. About {enough} per class train well.</source>
        <translation>{classes} 个类别共 {count} 幅画。每个类别约 {enough} 幅即可训练得不错。</translation>
    </message>
    <message>
        <source>Save the drawings in</source>
        <translation>把画作保存到</translation>
    </message>
    <message>
        <source>Choose the folder the drawings are saved in.</source>
        <translation>请选择保存画作的文件夹。</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>不保存就关闭？</translation>
    </message>
    <message>
        <source>{count} drawings are not saved yet. Close and lose them?</source>
        <translation>还有 {count} 幅画没有保存。关闭并丢弃它们吗？</translation>
    </message>
</context>
<context>
    <name>EncodedInputsTable</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Inputs the network gets</source>
        <translation>网络得到的输入</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>What each column of the file becomes: the numbers the network reads.</source>
        <translation>文件的每一列变成什么：网络读取的数字。</translation>
    </message>
    <message>
        <source>the number as written; a gap becomes the training rows&apos; typical value</source>
        <translation>原样使用这个数；缺失值用训练行的典型值代替</translation>
    </message>
    <message>
        <source>1 for the row&apos;s value, 0 for the others; &quot;(other)&quot; for a value seen too rarely in training or never</source>
        <translation>这一行的取值为 1，其他为 0；训练中太少见或从未见过的值记为“(other)”</translation>
    </message>
    <message>
        <source>the year, and the day of the year and the weekday as points on a circle</source>
        <translation>年份，以及一年中的第几天和星期几（作为圆上的点）</translation>
    </message>
    <message>
        <source>; the last input is 1 when the cell was empty</source>
        <translation>；单元格为空时最后一个输入为 1</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Click a cell to list its test samples.</source>
        <translation>点击一个格子，列出其中的测试样本。</translation>
    </message>
    <message>
        <source>test sample</source>
        <translation>测试样本</translation>
    </message>
    <message>
        <source>true</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Test samples by true class (rows) and predicted class (columns); click a cell to list its samples</source>
        <translation>按实际类别（行）和预测类别（列）统计的测试样本；点击一个格子列出其中的样本</translation>
    </message>
    <message>
        <source>Samples of the selected cell</source>
        <translation>所选格子中的样本</translation>
    </message>
    <message>
        <source>The test samples of the clicked confusion-matrix cell</source>
        <translation>所点击的混淆矩阵格子中的测试样本</translation>
    </message>
    <message>
        <source>actual value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>predicted value</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>Predicted versus actual</source>
        <translation>预测值与实际值</translation>
    </message>
    <message>
        <source>Each test sample&apos;s predicted value against its true value</source>
        <translation>每个测试样本的预测值与真实值对比</translation>
    </message>
    <message>
        <source>There is no test split to evaluate on.</source>
        <translation>没有可用于评估的测试集。</translation>
    </message>
    <message>
        <source>Test accuracy %1 % on %2 samples. Rows: true class; columns: predicted class.</source>
        <translation>在 %2 个样本上的测试准确率为 %1 %。行：实际类别；列：预测类别。</translation>
    </message>
    <message>
        <source>On %1 test samples: R² = %2, RMSE = %3 (dashed line: perfect predictions)</source>
        <translation>在 %1 个测试样本上：R² = %2，RMSE = %3（虚线：完美预测）</translation>
    </message>
    <message>
        <source>%1 test samples of class %2 predicted as %3</source>
        <translation>类别 %2 中有 %1 个测试样本被预测为 %3</translation>
    </message>
</context>
<context>
    <name>ExampleGallery</name>
    <message>
        <source>Example gallery</source>
        <translation>示例库</translation>
    </message>
    <message>
        <source>Pick an example; double-click to open it.</source>
        <translation>挑选一个示例；双击打开。</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>教师提示</translation>
    </message>
    <message>
        <source>Load this example (Edit ▸ Undo brings your network back).</source>
        <translation>载入这个示例（“编辑 ▸ 撤销”可以找回你的网络）。</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>NumPy weights (.npz)…</source>
        <translation>NumPy 权重（.npz）…</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>NumPy 归档 (*.npz)</translation>
    </message>
    <message>
        <source>JSON, network and weights (.json)…</source>
        <translation>JSON，网络和权重（.json）…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Keras model (.keras)…</source>
        <translation>Keras 模型（.keras）…</translation>
    </message>
    <message>
        <source>Keras model (*.keras)</source>
        <translation>Keras 模型 (*.keras)</translation>
    </message>
    <message>
        <source>Keras weights (.weights.h5)…</source>
        <translation>Keras 权重（.weights.h5）…</translation>
    </message>
    <message>
        <source>Keras weights (*.weights.h5)</source>
        <translation>Keras 权重 (*.weights.h5)</translation>
    </message>
    <message>
        <source>ONNX model (.onnx)…</source>
        <translation>ONNX 模型（.onnx）…</translation>
    </message>
    <message>
        <source>ONNX (*.onnx)</source>
        <translation>ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Keras Python code (.py)…</source>
        <translation>Keras Python 代码（.py）…</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>PyTorch Python code (.py)…</source>
        <translation>PyTorch Python 代码（.py）…</translation>
    </message>
    <message>
        <source>Export the trained network as {0}.</source>
        <translation>把训练好的网络导出为 {0}。</translation>
    </message>
    <message>
        <source>Export as {0}</source>
        <translation>导出为 {0}</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Export a very large network?</source>
        <translation>导出一个非常大的网络？</translation>
    </message>
    <message>
        <source>This network has {0} parameters: the export will write about {1} to disk and take a while. Export it anyway?</source>
        <translation>这个网络有 {0} 个参数：导出将向磁盘写入约 {1}，并需要一段时间。仍然导出吗？</translation>
    </message>
    <message>
        <source> (not trained yet: the file holds the starting weights)</source>
        <translation>（尚未训练：文件中是初始权重）</translation>
    </message>
    <message>
        <source>Exported {0}{1}.</source>
        <translation>已导出 {0}{1}。</translation>
    </message>
    <message>
        <source>Export is not available in this installation.</source>
        <translation>此安装版本不提供导出功能。</translation>
    </message>
    <message>
        <source>This version cannot export {0}.</source>
        <translation>此版本无法导出 {0}。</translation>
    </message>
    <message>
        <source>Load data before exporting.</source>
        <translation>请先载入数据再导出。</translation>
    </message>
</context>
<context>
    <name>FeatureMapsPanel</name>
    <message>
        <source>Test picture</source>
        <translation>测试图片</translation>
    </message>
    <message>
        <source>Which test picture the feature maps are made of</source>
        <translation>用哪张测试图片生成特征图</translation>
    </message>
    <message>
        <source>Test picture:</source>
        <translation>测试图片：</translation>
    </message>
    <message>
        <source>Filters: what each filter looks for (blue = positive weight, orange = negative). Feature maps: where the picture matches it (white = strongly).</source>
        <translation>滤波器：每个滤波器寻找的图案（蓝色 = 正权重，橙色 = 负权重）。特征图：图片中与它相符的位置（白色 = 强烈相符）。</translation>
    </message>
    <message>
        <source>Class: {name}</source>
        <translation>类别：{name}</translation>
    </message>
    <message>
        <source>{layer}: {count} filters {height}×{width}</source>
        <translation>{layer}：{count} 个 {height}×{width} 滤波器</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Filter {k} of {layer}</source>
        <translation>{layer} 的第 {k} 个滤波器</translation>
    </message>
    <message>
        <source>Feature map {k} of {layer}: {height}×{width}</source>
        <translation>{layer} 的第 {k} 张特征图：{height}×{width}</translation>
    </message>
    <message>
        <source>… {count} more</source>
        <translation>… 还有 {count} 个</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>A table saved as CSV: one row per example, one column per value.</source>
        <translation>以 CSV 格式保存的表格：每行一个样本，每列一个值。</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>.csv 文件的路径</translation>
    </message>
    <message>
        <source>The CSV file to import. Type a path and press Enter, or Browse.</source>
        <translation>要导入的 CSV 文件。输入路径后按 Enter 键，或点击“浏览”。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Pick the CSV file in a file dialog.</source>
        <translation>在文件对话框中选择 CSV 文件。</translation>
    </message>
    <message>
        <source>The character between the values of a row. Detected automatically; change it if the preview looks wrong.</source>
        <translation>一行中各个值之间的分隔字符。会自动检测；如果预览看起来不对，请修改它。</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>逗号  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>分号  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>竖线  |</translation>
    </message>
    <message>
        <source>Whether the first row holds the column names.</source>
        <translation>第一行是否是列名。</translation>
    </message>
    <message>
        <source>First row has the column names</source>
        <translation>第一行是列名</translation>
    </message>
    <message>
        <source>No header: all rows are data</source>
        <translation>没有表头：所有行都是数据</translation>
    </message>
    <message>
        <source>The first rows of the file, as they will be read.</source>
        <translation>文件的前几行，按将要读取的方式显示。</translation>
    </message>
    <message>
        <source>Values separated by:</source>
        <translation>值的分隔符：</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>打开 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>with a header row</source>
        <translation>有表头行</translation>
    </message>
    <message>
        <source>without a header row</source>
        <translation>没有表头行</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 列</translation>
    </message>
    <message>
        <source>{n} columns</source>
        <translation>{n} 列</translation>
    </message>
    <message>
        <source>{columns}, values separated by {delimiter}, {header}. File size {size}.</source>
        <translation>{columns}，值以{delimiter}分隔，{header}。文件大小 {size}。</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>反转坐标轴</translation>
    </message>
    <message>
        <source>Link Axis:</source>
        <translation>关联坐标轴：</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>允许鼠标操作</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>仅可见数据</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>仅自动平移</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>X 对数刻度</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>Y 对数刻度</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>显示 X 网格</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>显示 Y 网格</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>裁剪到视图</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>降采样</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>减去平均值</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>功率谱（FFT）</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>最多曲线数：</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>丢弃隐藏的曲线</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>要导出的项目：</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>导出选项</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>GlassBoxView</name>
    <message>
        <source>Step one batch</source>
        <translation>单步：一个批次</translation>
    </message>
    <message>
        <source>Run one real optimizer step on the next batch of training data</source>
        <translation>在下一批训练数据上真正执行一步优化</translation>
    </message>
    <message>
        <source>Glass box layer</source>
        <translation>玻璃盒中的层</translation>
    </message>
    <message>
        <source>The Dense layer of the neuron to look into</source>
        <translation>要查看的神经元所在的 Dense 层</translation>
    </message>
    <message>
        <source>Glass box unit</source>
        <translation>玻璃盒中的单元</translation>
    </message>
    <message>
        <source>Which neuron of the layer (counting from 0)</source>
        <translation>该层中的第几个神经元（从 0 开始数）</translation>
    </message>
    <message>
        <source>Glass box sample</source>
        <translation>玻璃盒中的样本</translation>
    </message>
    <message>
        <source>Which training sample the neuron&apos;s computation is shown for</source>
        <translation>显示神经元对哪个训练样本的计算过程</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单元：</translation>
    </message>
    <message>
        <source>Training sample:</source>
        <translation>训练样本：</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>What the neuron gets: the previous layer&apos;s outputs, or the data</source>
        <translation>神经元接收到的内容：上一层的输出，或者数据</translation>
    </message>
    <message>
        <source>The input&apos;s value for the chosen sample</source>
        <translation>所选样本的这个输入的值</translation>
    </message>
    <message>
        <source>The weight on this input (before the step)</source>
        <translation>这个输入上的权重（这一步之前）</translation>
    </message>
    <message>
        <source>The input times its weight: the sum of these plus b is z</source>
        <translation>输入乘以它的权重：这些乘积之和再加上 b 就是 z</translation>
    </message>
    <message>
        <source>The gradient: how the loss changes with this weight, on the batch</source>
        <translation>梯度：在这个批次上，损失随这个权重如何变化</translation>
    </message>
    <message>
        <source>The update the optimizer applied: new weight − old weight</source>
        <translation>优化器所做的更新：新权重 − 旧权重</translation>
    </message>
    <message>
        <source>new wᵢ</source>
        <translation>新 wᵢ</translation>
    </message>
    <message>
        <source>The weight after the step</source>
        <translation>这一步之后的权重</translation>
    </message>
    <message>
        <source>The neuron&apos;s numbers</source>
        <translation>神经元的数值</translation>
    </message>
    <message>
        <source>Each input, its weight, their product, the gradient and the update of the last step</source>
        <translation>每个输入、它的权重、两者的乘积、梯度以及上一步的更新量</translation>
    </message>
    <message>
        <source>The glass box looks at Dense layers; this network has none.</source>
        <translation>玻璃盒只查看 Dense 层；这个网络没有 Dense 层。</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>… (%1 terms)</source>
        <translation>…（共 %1 项）</translation>
    </message>
    <message>
        <source>%1, unit %2, for training sample %3 (class %4)</source>
        <translation>%1，单元 %2，训练样本 %3（类别 %4）</translation>
    </message>
    <message>
        <source>Step %1 on training samples %2–%3, loss %4 before the step</source>
        <translation>第 %1 步，训练样本 %2–%3，这一步之前的损失为 %4</translation>
    </message>
    <message>
        <source>Press “Step one batch” to see the gradient each weight gets and the update %1 applies.</source>
        <translation>按“单步：一个批次”，查看每个权重得到的梯度以及 %1 所做的更新。</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>偏置 b</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>A step in the network. Each layer takes numbers in, changes them and passes them on to the next layer. The data flows from the input layer to the output layer.</source>
        <translation>网络中的一个步骤。每一层接收一些数字，对它们进行变换，再传给下一层。数据从输入层一直流到输出层。</translation>
    </message>
    <message>
        <source>The blocks on the network canvas. Add more from the layer palette.</source>
        <translation>网络画布上的方块。可以从层面板添加更多。</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>One small calculator inside a layer. It multiplies each input by a weight, adds them up with a bias and passes the sum through an activation.</source>
        <translation>层里面的一个小计算器。它把每个输入乘以一个权重，相加后再加上偏置，然后把结果送进激活函数。</translation>
    </message>
    <message>
        <source>A Dense layer&apos;s “units” setting is its number of neurons (in the layer settings).</source>
        <translation>Dense 层的“单元数”设置就是它的神经元个数（在层设置中）。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>A number that says how strongly one input counts for a neuron. Training changes the weights, a little at a time, until the answers get better.</source>
        <translation>一个数字，表示某个输入对神经元有多重要。训练会一点一点地调整权重，直到答案变得更好。</translation>
    </message>
    <message>
        <source>Each layer block shows how many parameters (weights and biases) it has.</source>
        <translation>每个层方块都会显示它有多少个参数（权重和偏置）。</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>A number a neuron adds to its sum before the activation, so that it can answer “yes” even when all inputs are zero. It is learnt like a weight.</source>
        <translation>神经元在激活函数之前加到总和上的一个数字，这样即使所有输入都是零，它也能回答“是”。它和权重一样是学出来的。</translation>
    </message>
    <message>
        <source>Counted in the parameters of each layer block on the network canvas.</source>
        <translation>计入网络画布上每个层方块的参数个数中。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>The function a neuron applies to its sum, for example relu (negative numbers become zero) or tanh (squashes into −1…1). Without it, a deep network could only draw straight lines.</source>
        <translation>神经元对其总和使用的函数，例如 relu（负数变成零）或 tanh（压缩到 −1…1 之间）。没有它，再深的网络也只能画出直线。</translation>
    </message>
    <message>
        <source>The “Activation” box in the layer settings of a selected layer.</source>
        <translation>所选层的层设置中的“激活函数”框。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>A single number that says how wrong the network&apos;s answers are. Training tries to make it as small as possible.</source>
        <translation>一个数字，表示网络的答案错得有多离谱。训练就是要让它尽可能小。</translation>
    </message>
    <message>
        <source>The “Loss” box in the training settings, and the loss curve.</source>
        <translation>训练设置中的“损失”框，以及损失曲线。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>The method that decides how to change the weights after each batch so that the loss goes down. SGD is the simplest; Adam adapts the step for each weight.</source>
        <translation>决定每个批次之后如何调整权重、使损失下降的方法。SGD 最简单；Adam 会为每个权重自动调整步长。</translation>
    </message>
    <message>
        <source>The “Optimizer” box in the training settings.</source>
        <translation>训练设置中的“优化器”框。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>How big each change of the weights is. Too big and the loss jumps around or explodes; too small and learning takes forever.</source>
        <translation>每次调整权重的幅度。太大，损失会上下乱跳甚至爆炸；太小，学习会慢得没完没了。</translation>
    </message>
    <message>
        <source>The “Learning rate” box in the training settings.</source>
        <translation>训练设置中的“学习率”框。</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>One pass over the whole training set. Training usually runs for many epochs; the curves get one new point per epoch.</source>
        <translation>把整个训练集完整地过一遍。训练通常要进行很多轮；每一轮曲线上会多一个点。</translation>
    </message>
    <message>
        <source>The “Epochs” box in the training settings; the x-axis of the curves.</source>
        <translation>训练设置中的“训练轮数”框；也是曲线的横轴。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>A small group of examples the network looks at together before its weights are changed once. Smaller batches mean more, noisier steps.</source>
        <translation>一小组样本，网络一起看完后调整一次权重。批次越小，调整的步数越多，但也越不稳定。</translation>
    </message>
    <message>
        <source>The “Batch size” box in the training settings; Step trains one batch.</source>
        <translation>训练设置中的“批大小”框；“单步”训练一个批次。</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>When the network learns the training examples by heart instead of the general rule. It shows when the training loss keeps falling but the test loss starts to rise.</source>
        <translation>网络死记硬背训练样本，而没有学到一般规律。表现为训练损失继续下降，而测试损失开始上升。</translation>
    </message>
    <message>
        <source>Compare the training and test curves in the loss plot.</source>
        <translation>比较损失图中的训练曲线和测试曲线。</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Checking the network on examples it never trained on (validation or test data). Only this tells whether it learnt the rule or just memorised the examples.</source>
        <translation>用网络从未训练过的样本（验证数据或测试数据）来检查它。只有这样才能知道它是学到了规律，还是只记住了样本。</translation>
    </message>
    <message>
        <source>The test (or validation) curves in the loss and accuracy plots.</source>
        <translation>损失图和准确率图中的测试（或验证）曲线。</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Where in NN Studio:</source>
        <translation>在 NN Studio 中的位置：</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Choose a word to read what it means.</source>
        <translation>选择一个词，查看它的含义。</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>What the chosen word means, and where you meet it in NN Studio.</source>
        <translation>所选词语的含义，以及你在 NN Studio 中会在哪里遇到它。</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>指给我看</translation>
    </message>
    <message>
        <source>Close the glossary and point at this control in the window.</source>
        <translation>关闭术语表，并在窗口中指出这个控件。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>ImageFolderDialog</name>
    <message>
        <source>Open a picture folder</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of pictures per class</source>
        <translation>每个类别一个子文件夹的图片文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the folder whose sub-folders (one per class) hold the pictures</source>
        <translation>选择一个文件夹，其子文件夹（每个类别一个）中放着图片</translation>
    </message>
    <message>
        <source>{n} × {n} pixels</source>
        <translation>{n} × {n} 像素</translation>
    </message>
    <message>
        <source>Every picture is resized to this: small pictures train fast</source>
        <translation>每张图片都会缩放到这个尺寸：小图片训练得快</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Grey pictures have one channel, colour pictures three (red, green, blue)</source>
        <translation>灰度图片有一个通道，彩色图片有三个（红、绿、蓝）</translation>
    </message>
    <message>
        <source>How many of the pictures have been read</source>
        <translation>已读取的图片比例</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>取消读取</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>未使用：</translation>
    </message>
    <message>
        <source>Files that are not used, and why; nothing in the folder is changed</source>
        <translation>未使用的文件及原因；文件夹中的内容不会被改动</translation>
    </message>
    <message>
        <source>Replace the network with a small convolutional network for these pictures</source>
        <translation>用适合这些图片的小型卷积网络替换当前网络</translation>
    </message>
    <message>
        <source>Two convolutions with pooling and one output per class: it trains at once. Undo brings your network back.</source>
        <translation>两个带池化的卷积层，每个类别一个输出：可以立即训练。撤销可恢复你的网络。</translation>
    </message>
    <message>
        <source>Use these pictures</source>
        <translation>使用这些图片</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Choose a picture folder</source>
        <translation>选择图片文件夹</translation>
    </message>
    <message>
        <source>Reading the pictures in {name}…</source>
        <translation>正在读取 {name} 中的图片…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read. Choose the folder again to read it.</source>
        <translation>已取消：没有读取任何内容。再次选择文件夹即可读取。</translation>
    </message>
    <message>
        <source>Choose a folder that has one sub-folder of pictures for each class, for example cats/ and dogs/.</source>
        <translation>请选择一个每个类别各有一个图片子文件夹的文件夹，例如 cats/ 和 dogs/。</translation>
    </message>
    <message>
        <source>{count} pictures in {classes} classes.</source>
        <translation>{classes} 个类别，共 {count} 张图片。</translation>
    </message>
    <message>
        <source>{name}
{count} pictures</source>
        <translation>{name}
{count} 张图片</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>{folder}/: no readable pictures, so not a class</source>
        <translation>{folder}/：没有可读取的图片，因此不作为类别</translation>
    </message>
</context>
<context>
    <name>InsightPart</name>
    <message>
        <source>Boundary</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>手写</translation>
    </message>
    <message>
        <source>Glass box</source>
        <translation>玻璃盒</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>Weights and gradients</source>
        <translation>权重和梯度</translation>
    </message>
    <message>
        <source>Predictions browser</source>
        <translation>预测浏览器</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>手写一个数字</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>网络内部</translation>
    </message>
    <message>
        <source>This view could not be drawn because of an internal problem. The log has the details.</source>
        <translation>由于内部问题，无法绘制此视图。详细信息见日志。</translation>
    </message>
</context>
<context>
    <name>InsightView</name>
    <message>
        <source>No data is loaded, or the network does not fit the data yet.</source>
        <translation>尚未载入数据，或者网络还不能匹配数据。</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Layer inspector</source>
        <translation>层检查器</translation>
    </message>
    <message>
        <source>Nothing is selected. Click a block on the canvas to see and change its settings.</source>
        <translation>没有选中任何内容。点击画布上的一个方块，查看并修改它的设置。</translation>
    </message>
    <message>
        <source>Apply the suggested change (you can undo it).</source>
        <translation>应用建议的修改（可以撤销）。</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>修复：{0}</translation>
    </message>
    <message>
        <source>“{0}” is not a shape: write whole numbers like 8, 8, 1.</source>
        <translation>“{0}”不是有效的形状：请写整数，例如 8, 8, 1。</translation>
    </message>
    <message>
        <source>Another layer is already called “{0}”; names must differ.</source>
        <translation>已经有另一个层叫“{0}”；名称不能重复。</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>the settings each layer type shows (``project.layer_types``) key -&gt; (label, explanation), marked for lupdate and translated when shown</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>A label for this layer, shown on its block and in the summary.</source>
        <translation>这个层的标签，显示在它的方块上和摘要中。</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>The shape of one sample, e.g. 2 or 8, 8, 1. It follows the data you choose.</source>
        <translation>一个样本的形状，例如 2 或 8, 8, 1。它由你选择的数据决定。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>How many neurons. More can learn more complicated patterns but train slower. The last Dense layer needs one per class.</source>
        <translation>神经元的个数。越多能学会越复杂的模式，但训练越慢。最后一个 Dense 层需要每个类别一个。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>滤波器数</translation>
    </message>
    <message>
        <source>How many patterns the layer looks for; each gives one output channel.</source>
        <translation>这个层要寻找多少种图案；每种图案产生一个输出通道。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>The size of the square window each filter looks at (3 means 3×3 pixels).</source>
        <translation>每个滤波器查看的正方形窗口大小（3 表示 3×3 像素）。</translation>
    </message>
    <message>
        <source>The size of the window; 2 halves the width and height.</source>
        <translation>窗口的大小；2 会把宽和高减半。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>How far the window moves at each step; 2 halves the image.</source>
        <translation>窗口每次移动多远；2 会把图像减半。</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>“same” pads the border so the image keeps its size; “valid” does not, so the image shrinks a little.</source>
        <translation>“same”会填充边缘，使图像保持原来的大小；“valid”不填充，所以图像会变小一点。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>The function applied to each output. relu is a good default; use linear on the last layer (the loss turns it into probabilities).</source>
        <translation>作用在每个输出上的函数。relu 是不错的默认选择；最后一层用 linear（损失函数会把它变成概率）。</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>Adds a learnable offset to every output. Leave it on unless a BatchNormalization follows.</source>
        <translation>给每个输出加上一个可学习的偏移量。除非后面紧跟 BatchNormalization，否则请保持开启。</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>负斜率</translation>
    </message>
    <message>
        <source>How much of the negative values gets through (0 is plain ReLU).</source>
        <translation>负值能通过多少（0 就是普通的 ReLU）。</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>The share of values switched off at random while training (0.2 = 20 %). Nothing is switched off when predicting.</source>
        <translation>训练时随机关闭的数值比例（0.2 = 20 %）。预测时不会关闭任何数值。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>How slowly the running mean and spread of the data change (close to 1 = slowly).</source>
        <translation>数据的滑动平均值和离散程度变化得有多慢（接近 1 = 很慢）。</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>A tiny number that avoids dividing by zero.</source>
        <translation>一个很小的数，避免除以零。</translation>
    </message>
    <message>
        <source>New shape</source>
        <translation>新形状</translation>
    </message>
    <message>
        <source>e.g. 8, 8, 1. The numbers multiplied must equal the number of values coming in.</source>
        <translation>例如 8, 8, 1。这些数相乘必须等于输入值的个数。</translation>
    </message>
    <message>
        <source>max(x, 0): the usual choice for hidden layers</source>
        <translation>max(x, 0)：隐藏层的常用选择</translation>
    </message>
    <message>
        <source>like relu, lets a little of the negatives through</source>
        <translation>类似 relu，但让一小部分负值通过</translation>
    </message>
    <message>
        <source>smooth relu that goes slightly negative</source>
        <translation>平滑的 relu，可以略微取负值</translation>
    </message>
    <message>
        <source>smooth relu used in transformers</source>
        <translation>Transformer 中使用的平滑 relu</translation>
    </message>
    <message>
        <source>squeezes into 0…1</source>
        <translation>压缩到 0…1 之间</translation>
    </message>
    <message>
        <source>squeezes into −1…1</source>
        <translation>压缩到 −1…1 之间</translation>
    </message>
    <message>
        <source>turns outputs into probabilities that add up to 1</source>
        <translation>把输出变成总和为 1 的概率</translation>
    </message>
    <message>
        <source>x·sigmoid(x), a smooth relu</source>
        <translation>x·sigmoid(x)，一种平滑的 relu</translation>
    </message>
    <message>
        <source>a smooth relu: log(1 + eˣ)</source>
        <translation>一种平滑的 relu：log(1 + eˣ)</translation>
    </message>
    <message>
        <source>no function: the value passes unchanged</source>
        <translation>不使用函数：数值原样通过</translation>
    </message>
    <message>
        <source>learn an offset</source>
        <translation>学习偏移量</translation>
    </message>
    <message>
        <source>= window</source>
        <translation>= 窗口</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default ({0})</source>
        <translation>系统默认（{0}）</translation>
    </message>
    <message>
        <source>The language stays {0}.</source>
        <translation>语言保持为{0}。</translation>
    </message>
    <message>
        <source>NN Studio will use {0} the next time it starts.</source>
        <translation>NN Studio 下次启动时将使用{0}。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>LayerCatalog</name>
    <message>
        <source>Core</source>
        <extracomment>strong colour (block header, icon) per family; chosen to stay apart on a projector the palette&apos;s groups, in order: (key, title)</extracomment>
        <translation>核心</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Where the data comes in: its shape follows the data you chose. Every network starts with one.</source>
        <translation>数据进入的地方：它的形状由你选择的数据决定。每个网络都从它开始。</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dense（全连接）</translation>
    </message>
    <message>
        <source>A layer of neurons, each connected to every input: the basic building block. Use it for hidden layers and for the output.</source>
        <translation>一层神经元，每个神经元都连接到所有输入：最基本的积木。用于隐藏层和输出层。</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Keeps positive values and turns negatives into zero: the usual choice to let a network bend its decisions.</source>
        <translation>保留正值，把负值变成零：让网络的决策能够弯曲的常用选择。</translation>
    </message>
    <message>
        <source>LeakyReLU</source>
        <translation>LeakyReLU</translation>
    </message>
    <message>
        <source>Like ReLU but lets a little of the negative values through; use it when many neurons stop learning (stay at zero).</source>
        <translation>和 ReLU 类似，但让一小部分负值通过；当很多神经元停止学习（一直为零）时使用。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation（激活）</translation>
    </message>
    <message>
        <source>Applies a function of your choice (tanh, sigmoid, softmax, …) to every value; pick the function in the inspector.</source>
        <translation>对每个值应用你选择的函数（tanh、sigmoid、softmax……）；在检查器中选择函数。</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout（随机失活）</translation>
    </message>
    <message>
        <source>While training, switches off a random share of values so the network cannot memorise; use it when test accuracy lags behind.</source>
        <translation>训练时随机关闭一部分数值，让网络无法死记硬背；当测试准确率落后时使用。</translation>
    </message>
    <message>
        <source>BatchNormalization</source>
        <translation>BatchNormalization（批归一化）</translation>
    </message>
    <message>
        <source>Rescales values to a steady range between layers; helps deep networks train faster and more reliably.</source>
        <translation>在层与层之间把数值缩放到稳定的范围；帮助深层网络训练得更快、更可靠。</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Conv2D</source>
        <translation>Conv2D（二维卷积）</translation>
    </message>
    <message>
        <source>Slides small filters over an image to find edges and shapes; use it first on image data.</source>
        <translation>在图像上滑动小滤波器，寻找边缘和形状；处理图像数据时首先使用。</translation>
    </message>
    <message>
        <source>MaxPooling2D</source>
        <translation>MaxPooling2D（最大池化）</translation>
    </message>
    <message>
        <source>Shrinks an image by keeping the largest value of each small window; use it after Conv2D.</source>
        <translation>保留每个小窗口中的最大值，从而缩小图像；在 Conv2D 之后使用。</translation>
    </message>
    <message>
        <source>AveragePooling2D</source>
        <translation>AveragePooling2D（平均池化）</translation>
    </message>
    <message>
        <source>Shrinks an image by averaging each small window; smoother than MaxPooling2D.</source>
        <translation>取每个小窗口的平均值来缩小图像；比 MaxPooling2D 更平滑。</translation>
    </message>
    <message>
        <source>GlobalAveragePooling2D</source>
        <translation>GlobalAveragePooling2D（全局平均池化）</translation>
    </message>
    <message>
        <source>Averages each channel over the whole image into one number; use it instead of Flatten before Dense.</source>
        <translation>把每个通道在整幅图像上的值平均成一个数；在 Dense 之前用它代替 Flatten。</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Flatten（展平）</translation>
    </message>
    <message>
        <source>Unrolls an image into one long list of numbers so Dense layers can use it; put it between the convolutions and Dense.</source>
        <translation>把图像展开成一长串数字，供 Dense 层使用；放在卷积层和 Dense 层之间。</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Reshape（重塑）</translation>
    </message>
    <message>
        <source>Rearranges the values into another shape with the same count, e.g. a list of 64 into an 8×8 image.</source>
        <translation>把数值重新排列成个数相同的另一种形状，例如把 64 个数排成 8×8 的图像。</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Search layers…</source>
        <translation>搜索层…</translation>
    </message>
    <message>
        <source>Type to filter the layers, e.g. “image” or “dropout”.</source>
        <translation>输入文字筛选层，例如“图像”或“dropout”。</translation>
    </message>
    <message>
        <source>Drag a layer onto the network, or select it and press Enter to add it after the selected block.</source>
        <translation>把一个层拖到网络上，或者选中它后按 Enter 键，把它添加到所选方块之后。</translation>
    </message>
    <message>
        <source>Layer palette</source>
        <translation>层面板</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Edit lesson</source>
        <translation>编辑课程</translation>
    </message>
    <message>
        <source>Lesson mode: students see the locked view when they open this file</source>
        <translation>课程模式：学生打开此文件时看到的是锁定后的界面</translation>
    </message>
    <message>
        <source>e.g. Bend the boundary</source>
        <translation>例如：让边界弯起来</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>What should the students do? Plain text, or simple HTML.</source>
        <translation>学生应该做什么？可以写纯文本或简单的 HTML。</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>说明(&amp;I)：</translation>
    </message>
    <message>
        <source>unchanged (a password is set)</source>
        <translation>不变（已设置密码）</translation>
    </message>
    <message>
        <source>none: anyone can unlock from the Lesson menu</source>
        <translation>无：任何人都可以从“课程”菜单解锁</translation>
    </message>
    <message>
        <source>Students need this password to unlock the controls. Only a scrambled form of it (a hash) is saved in the file.</source>
        <translation>学生需要这个密码才能解锁控件。文件中只保存它的加密形式（哈希值）。</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>删除密码</translation>
    </message>
    <message>
        <source>Teacher &amp;password:</source>
        <translation>教师密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What students can see and change</source>
        <translation>学生能看到和修改的内容</translation>
    </message>
    <message>
        <source>Not in this window</source>
        <translation>不在此窗口中</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控件</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Hide: students do not see the control. Lock: they see it but cannot change it.</source>
        <translation>隐藏：学生看不到这个控件。锁定：学生能看到，但不能修改。</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Goal metric</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <source>At least or at most</source>
        <translation>至少或至多</translation>
    </message>
    <message>
        <source>Goal threshold</source>
        <translation>目标阈值</translation>
    </message>
    <message>
        <source>Most hidden layers allowed</source>
        <translation>允许的最多隐藏层数</translation>
    </message>
    <message>
        <source>any number of</source>
        <translation>不限数量的</translation>
    </message>
    <message>
        <source>with at most</source>
        <translation>且最多使用</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>个隐藏层</translation>
    </message>
</context>
<context>
    <name>LessonGoal</name>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Reach {metric} {op} {threshold}.</source>
        <translation>使{metric} {op} {threshold}。</translation>
    </message>
    <message>
        <source>Reach {metric} {op} {threshold} without hidden layers.</source>
        <translation>不用隐藏层，使{metric} {op} {threshold}。</translation>
    </message>
    <message>
        <source>Reach {metric} {op} {threshold} with one hidden layer at most.</source>
        <translation>最多用 1 个隐藏层，使{metric} {op} {threshold}。</translation>
    </message>
    <message>
        <source>Reach {metric} {op} {threshold} with at most {n} hidden layers.</source>
        <translation>最多用 {n} 个隐藏层，使{metric} {op} {threshold}。</translation>
    </message>
    <message>
        <source>Too many hidden layers: your network has {hidden}, the goal allows {allowed}.</source>
        <translation>隐藏层太多：你的网络有 {hidden} 个，目标最多允许 {allowed} 个。</translation>
    </message>
    <message>
        <source>Goal reached! Well done.</source>
        <translation>目标达成！做得好。</translation>
    </message>
    <message>
        <source>Not reached yet: train the network to see your {metric}.</source>
        <translation>尚未达成：训练网络后即可看到你的{metric}。</translation>
    </message>
    <message>
        <source>Not reached yet: your {metric} is {value}.</source>
        <translation>尚未达成：你的{metric}为 {value}。</translation>
    </message>
</context>
<context>
    <name>LessonLocks</name>
    <message>
        <source>Locked by your teacher for this lesson.</source>
        <translation>老师在本课程中锁定了此控件。</translation>
    </message>
</context>
<context>
    <name>LessonMode</name>
    <message>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit lesson…</source>
        <translation>编辑课程(&amp;E)…</translation>
    </message>
    <message>
        <source>Teacher: choose hidden and locked controls, write instructions and set a goal. They are saved in the project file.</source>
        <translation>教师：选择要隐藏和锁定的控件，编写说明并设定目标。这些内容会保存在项目文件中。</translation>
    </message>
    <message>
        <source>&amp;Unlock controls (teacher)…</source>
        <translation>解锁控件（教师）(&amp;U)…</translation>
    </message>
    <message>
        <source>Teacher: give back every hidden and locked control in this window.</source>
        <translation>教师：恢复此窗口中所有被隐藏和锁定的控件。</translation>
    </message>
    <message>
        <source>&amp;Lock controls (students&apos; view)</source>
        <translation>锁定控件（学生视图）(&amp;L)</translation>
    </message>
    <message>
        <source>Show the lesson as students see it: hidden and locked controls.</source>
        <translation>按学生看到的样子显示课程：隐藏和锁定相应控件。</translation>
    </message>
    <message>
        <source>Unlock the lesson?</source>
        <translation>解锁课程？</translation>
    </message>
    <message>
        <source>This gives back every hidden and locked control, for the teacher.

The lesson stays in the file: students who open it again see it locked.</source>
        <translation>这会为教师恢复所有被隐藏和锁定的控件。

课程仍保存在文件中：学生再次打开时，看到的仍是锁定状态。</translation>
    </message>
    <message>
        <source>This lesson is protected. Enter the teacher&apos;s password to unlock the controls:</source>
        <translation>这节课受密码保护。请输入教师密码以解锁控件：</translation>
    </message>
    <message>
        <source>Unlock the lesson</source>
        <translation>解锁课程</translation>
    </message>
    <message>
        <source>That is not the password. Try again:</source>
        <translation>密码不对。请再试一次：</translation>
    </message>
    <message>
        <source>Controls unlocked. Lesson ▸ Lock controls shows the students&apos; view again.</source>
        <translation>控件已解锁。“课程 ▸ 锁定控件”可再次显示学生视图。</translation>
    </message>
    <message>
        <source>Lesson saved in the project. Save the file and give it to your students; Lesson ▸ Lock controls shows what they will see.</source>
        <translation>课程已保存到项目中。保存文件后发给学生；“课程 ▸ 锁定控件”可预览学生将看到的界面。</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson instructions</source>
        <translation>课程说明</translation>
    </message>
    <message>
        <source>What your teacher asks you to do in this lesson.</source>
        <translation>老师要求你在本课程中完成的任务。</translation>
    </message>
    <message>
        <source>Lesson goal</source>
        <translation>课程目标</translation>
    </message>
    <message>
        <source>Turns green when you reach the goal.</source>
        <translation>达成目标后会变成绿色。</translation>
    </message>
    <message>
        <source>Your teacher wrote no instructions for this lesson.</source>
        <translation>老师没有为本课程编写说明。</translation>
    </message>
    <message>
        <source>About this project</source>
        <translation>关于此项目</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>教师提示</translation>
    </message>
    <message>
        <source>Lesson ▸ Edit lesson… turns this project into a lesson with instructions and a goal.</source>
        <translation>“课程 ▸ 编辑课程…”可以把此项目变成带有说明和目标的课程。</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>bump when the docks change, so an older saved arrangement is not restored over the new one</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>MetricPlot</name>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <source>out {0} · {1} params</source>
        <translation>输出 {0} · {1} 个参数</translation>
    </message>
    <message>
        <source>out ? · shape unknown</source>
        <translation>输出 ? · 形状未知</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>修复：{0}</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <extracomment>loss class -&gt; (name, detail); marked for lupdate, translated when shown</extracomment>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>sparse categorical</source>
        <translation>稀疏分类</translation>
    </message>
    <message>
        <source>categorical (one-hot)</source>
        <translation>分类（独热编码）</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>yes/no outputs</source>
        <translation>是/否输出</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>average squared difference</source>
        <translation>差值平方的平均</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <source>average difference</source>
        <translation>差值的平均</translation>
    </message>
    <message>
        <source>Huber loss</source>
        <translation>Huber 损失</translation>
    </message>
    <message>
        <source>squared when close, linear when far</source>
        <translation>接近时取平方，远离时取线性</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>The loss measures how wrong the network is; training makes it smaller.</source>
        <translation>损失衡量网络错得有多离谱；训练会让它变小。</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>chosen when data is loaded</source>
        <translation>载入数据时选择</translation>
    </message>
    <message>
        <source>from logits</source>
        <translation>来自 logits</translation>
    </message>
    <message>
        <source>from probabilities</source>
        <translation>来自概率</translation>
    </message>
    <message>
        <source>needs {0} outputs ({0} classes)</source>
        <translation>需要 {0} 个输出（{0} 个类别）</translation>
    </message>
    <message>
        <source>needs 1 output (yes or no)</source>
        <translation>需要 1 个输出（是或否）</translation>
    </message>
    <message>
        <source>needs 1 output value</source>
        <translation>需要 1 个输出值</translation>
    </message>
    <message>
        <source>needs {0} output values</source>
        <translation>需要 {0} 个输出值</translation>
    </message>
    <message>
        <source>chosen automatically</source>
        <translation>自动选择</translation>
    </message>
    <message>
        <source>set in the training settings</source>
        <translation>在训练设置中设定</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>网络图</translation>
    </message>
    <message>
        <source>Your network, from the input to the loss. Drop layers between blocks; drag a block to move it; double-click a block to edit it; Ctrl+wheel zooms.</source>
        <translation>你的网络，从输入一直到损失。把层放到方块之间；拖动方块可以移动它；双击方块可以编辑它；Ctrl+滚轮缩放。</translation>
    </message>
    <message>
        <source>Drag a layer here from the palette to start your network.</source>
        <translation>从层面板拖一个层到这里，开始搭建你的网络。</translation>
    </message>
</context>
<context>
    <name>NeuronCanvas</name>
    <message>
        <source>Inputs
%1</source>
        <translation>输入
%1</translation>
    </message>
    <message>
        <source>%1 units · %2</source>
        <translation>%1 个单元 · %2</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… 另有 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>… %n more layer(s)</source>
        <translation>
            <numerusform>… 另有 %n 个层</numerusform>
        </translation>
    </message>
    <message>
        <source>Weight into %1, from %2 to unit %3: %4</source>
        <translation>进入 %1 的权重，从 %2 到单元 %3：%4</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>%1, unit %2 (%3)</source>
        <translation>%1，单元 %2（%3）</translation>
    </message>
    <message>
        <source>bias: %1</source>
        <translation>偏置：%1</translation>
    </message>
    <message>
        <source>Click to study it in the glass box</source>
        <translation>点击后在玻璃盒中仔细查看</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单元 %1</translation>
    </message>
</context>
<context>
    <name>NeuronView</name>
    <message>
        <source>Neurons and weights</source>
        <translation>神经元和权重</translation>
    </message>
    <message>
        <source>The network&apos;s neurons and the weights between them; hover for values, click a neuron to study it in the glass box</source>
        <translation>网络中的神经元以及它们之间的权重；鼠标悬停可查看数值，点击神经元可在玻璃盒中仔细查看</translation>
    </message>
    <message>
        <source>Links: blue = positive weight, orange = negative; thicker = larger. Node border: the bias, in the same colours. Hover for exact values; click a neuron to study it in the glass box.</source>
        <translation>连线：蓝色 = 正权重，橙色 = 负权重；越粗 = 越大。节点边框：偏置，颜色含义相同。鼠标悬停可查看精确数值；点击神经元可在玻璃盒中仔细查看。</translation>
    </message>
    <message>
        <source>There is no test picture to show.</source>
        <translation>没有可显示的测试图片。</translation>
    </message>
    <message>
        <source>The neuron view draws networks made of Dense layers. This network has other layers (e.g. convolutions); see Weights and gradients.</source>
        <translation>神经元视图只能画由 Dense 层组成的网络。这个网络含有其他层（例如卷积层）；请查看“权重和梯度”。</translation>
    </message>
</context>
<context>
    <name>PaceSlider</name>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>How fast training runs. Slow it down to watch the curves and the boundary change step by step; the result is the same at every speed.</source>
        <translation>训练运行的快慢。放慢速度可以一步步观察曲线和决策边界的变化；无论什么速度，结果都相同。</translation>
    </message>
</context>
<context>
    <name>PasteKerasCodeDialog</name>
    <message>
        <source>Paste Keras code</source>
        <extracomment>code longer than this (characters) is read off the UI thread; shorter code reads in milliseconds</extracomment>
        <translation>粘贴 Keras 代码</translation>
    </message>
    <message>
        <source>Paste a Keras model: Sequential([...]) or model.add(...), and optionally model.compile(...). NN Studio reads the layers and the optimizer, learning rate and loss; the code is never run.</source>
        <translation>粘贴一个 Keras 模型：Sequential([...]) 或 model.add(...)，也可以加上 model.compile(...)。NN Studio 会读取其中的层以及优化器、学习率和损失；代码不会被运行。</translation>
    </message>
    <message>
        <source>Only written-out values are read (numbers, text, tuples).</source>
        <translation>只读取直接写出的值（数字、文本、元组）。</translation>
    </message>
    <message>
        <source>Build network</source>
        <translation>搭建网络</translation>
    </message>
    <message>
        <source>Replace the network with the one in the code (Edit ▸ Undo brings it back).</source>
        <translation>用代码中的网络替换当前网络（“编辑 ▸ 撤销”可以恢复）。</translation>
    </message>
    <message>
        <source>Reading the code…</source>
        <translation>正在读取代码…</translation>
    </message>
</context>
<context>
    <name>PictureReadWorker</name>
    <message>
        <source>The pictures are too many for this computer&apos;s memory: choose a smaller size or fewer pictures.</source>
        <translation>图片太多，超出了这台电脑的内存：请选择更小的尺寸或更少的图片。</translation>
    </message>
    <message>
        <source>The pictures could not be read because of an internal error.</source>
        <translation>由于内部错误，无法读取这些图片。</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Plot Options</source>
        <translation>绘图选项</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>变换</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>降采样</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>数据点</translation>
    </message>
</context>
<context>
    <name>PredictionsModel</name>
    <message>
        <source>test sample</source>
        <translation>测试样本</translation>
    </message>
    <message>
        <source>true</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>true value</source>
        <translation>真实值</translation>
    </message>
    <message>
        <source>predicted value</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>error</source>
        <translation>误差</translation>
    </message>
</context>
<context>
    <name>PredictionsView</name>
    <message>
        <source>Only mistakes</source>
        <translation>只看错误</translation>
    </message>
    <message>
        <source>True class:</source>
        <translation>实际类别：</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>True class filter</source>
        <translation>实际类别筛选</translation>
    </message>
    <message>
        <source>Show only test samples of this true class</source>
        <translation>只显示实际属于这个类别的测试样本</translation>
    </message>
    <message>
        <source>Show only the test samples the network gets wrong</source>
        <translation>只显示网络答错的测试样本</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测结果</translation>
    </message>
    <message>
        <source>Every test sample with its true and predicted label</source>
        <translation>每个测试样本及其实际标签和预测标签</translation>
    </message>
    <message>
        <source>The test pictures; mistakes have a red frame</source>
        <translation>测试图片；答错的带有红框</translation>
    </message>
    <message>
        <source>Table or pictures</source>
        <translation>表格或图片</translation>
    </message>
    <message>
        <source>Show the predictions as a table or as pictures</source>
        <translation>以表格或图片形式显示预测结果</translation>
    </message>
    <message>
        <source>There is no test split to show.</source>
        <translation>没有可显示的测试集。</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>%1 of %2 test samples</source>
        <translation>%2 个测试样本中的 %1 个</translation>
    </message>
    <message>
        <source>test sample %1: true %2, predicted %3</source>
        <translation>测试样本 %1：实际 %2，预测 %3</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new project with an input and an output layer.</source>
        <translation>新建一个项目，包含一个输入层和一个输出层。</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved .nnstudio project.</source>
        <translation>打开已保存的 .nnstudio 项目。</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project: network, data choice, settings, weights and runs.</source>
        <translation>保存项目：网络、数据选择、设置、权重和训练记录。</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name.</source>
        <translation>用新名称保存项目。</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近打开的项目</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Opened {0}.</source>
        <translation>已打开 {0}。</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <source>Cannot open now</source>
        <translation>现在无法打开</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>NN Studio projects (*.nnstudio);;All files (*)</source>
        <translation>NN Studio 项目 (*.nnstudio);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>NN Studio projects (*.nnstudio)</source>
        <translation>NN Studio 项目 (*.nnstudio)</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them first?</source>
        <translation>“{0}”有尚未保存的修改。要先保存吗？</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{0}[*] — NN Studio</source>
        <translation>{0}[*] — NN Studio</translation>
    </message>
</context>
<context>
    <name>ReadPage</name>
    <message>
        <source>Read the file</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <source>How much of the file has been read.</source>
        <translation>文件已经读取了多少。</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>取消读取</translation>
    </message>
    <message>
        <source>Stop reading the file. Nothing is imported.</source>
        <translation>停止读取文件。不会导入任何内容。</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Start reading the file again.</source>
        <translation>重新开始读取文件。</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Start training (Space)</source>
        <translation>开始训练（空格键）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause after the current batch (Space); the weights are kept</source>
        <translation>在当前批次结束后暂停（空格键）；权重会保留</translation>
    </message>
    <message>
        <source>Step one batch</source>
        <translation>单步：一个批次</translation>
    </message>
    <message>
        <source>Train on one batch, then pause</source>
        <translation>训练一个批次，然后暂停</translation>
    </message>
    <message>
        <source>Step one epoch</source>
        <translation>单步：一轮</translation>
    </message>
    <message>
        <source>Train to the end of the epoch, then pause</source>
        <translation>训练到这一轮结束，然后暂停</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train one batch, then pause (the arrow offers one epoch)</source>
        <translation>训练一个批次，然后暂停（箭头菜单可选择一轮）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End the run now; the trained weights are kept</source>
        <translation>立即结束训练；已训练的权重会保留</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>重置权重</translation>
    </message>
    <message>
        <source>Forget what the network learnt: the next Train starts from fresh random weights, as a new run</source>
        <translation>忘掉网络学到的东西：下次训练会从新的随机权重开始，作为一次新的训练</translation>
    </message>
    <message>
        <source>How far the run is: the epoch, and the batch within it</source>
        <translation>训练进行到哪里了：第几轮，以及这一轮中的第几批</translation>
    </message>
    <message>
        <source>The time left; the training speed shows here while a run trains</source>
        <translation>剩余时间；训练进行时，这里的提示显示训练速度</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>还剩 {0}</translation>
    </message>
    <message>
        <source>Training speed: {0} (samples a second)</source>
        <translation>训练速度：{0}（每秒样本数）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cannot train yet: {0}</source>
        <translation>还不能训练：{0}</translation>
    </message>
    <message>
        <source>Go on training from here (Space)</source>
        <translation>从这里继续训练（空格键）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Done: epoch {0}/{1}</source>
        <translation>完成：第 {0}/{1} 轮</translation>
    </message>
    <message>
        <source>Stopped at epoch {0}/{1}</source>
        <translation>停止于第 {0}/{1} 轮</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}</source>
        <translation>第 {0}/{1} 轮</translation>
    </message>
    <message>
        <source>  ·  batch {0}/{1}</source>
        <translation>  ·  第 {0}/{1} 批</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  （已暂停）</translation>
    </message>
    <message>
        <source>{0:,.0f} samples/s</source>
        <translation>{0:,.0f} 样本/秒</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <source>Every training run of this project, newest first. Tick Show to draw an earlier run&apos;s curves dimmed next to the current ones. Double-click a name to rename the run; right-click for more.</source>
        <translation>这个项目的每一次训练，最新的在最上面。勾选“显示”可以把较早一次训练的曲线淡淡地画在当前曲线旁边。双击名称可以给这次训练改名；右键查看更多操作。</translation>
    </message>
    <message>
        <source>Rename run…</source>
        <translation>重命名训练…</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>删除训练</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Test score</source>
        <translation>测试成绩</translation>
    </message>
    <message>
        <source>s/epoch</source>
        <translation>秒/轮</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>Show this run&apos;s curves dimmed, to compare</source>
        <translation>以淡色显示这次训练的曲线，便于比较</translation>
    </message>
    <message>
        <source>The run&apos;s name and colour</source>
        <translation>训练的名称和颜色</translation>
    </message>
    <message>
        <source>How the run ended, or what it is doing</source>
        <translation>训练是如何结束的，或者它正在做什么</translation>
    </message>
    <message>
        <source>Epochs trained</source>
        <translation>已训练的轮数</translation>
    </message>
    <message>
        <source>Optimizer and learning rate at the start</source>
        <translation>开始时的优化器和学习率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Training loss at the last epoch</source>
        <translation>最后一轮的训练损失</translation>
    </message>
    <message>
        <source>Test loss at the last epoch</source>
        <translation>最后一轮的测试损失</translation>
    </message>
    <message>
        <source>Test accuracy at the last epoch (mean absolute error for numbers)</source>
        <translation>最后一轮的测试准确率（数值预测时为平均绝对误差）</translation>
    </message>
    <message>
        <source>Seconds per epoch, on average</source>
        <translation>平均每轮用时（秒）</translation>
    </message>
    <message>
        <source>The current run is always shown</source>
        <translation>当前训练总是显示</translation>
    </message>
    <message>
        <source>Run {0}</source>
        <translation>训练 {0}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
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
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation>请先选择一次训练。</translation>
    </message>
    <message>
        <source>Runs cannot be deleted while a run trains.</source>
        <translation>正在训练时不能删除训练记录。</translation>
    </message>
    <message>
        <source>The latest run cannot be deleted: the network&apos;s weights come from it.</source>
        <translation>不能删除最新的一次训练：网络的权重来自它。</translation>
    </message>
    <message>
        <source>Delete this run and its curves (or press Delete in the table; Edit ▸ Undo brings it back)</source>
        <translation>删除这次训练及其曲线（也可以在表格里按 Delete 键；编辑 ▸ 撤销可以找回）</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>重命名训练</translation>
    </message>
    <message>
        <source>Name of the run:</source>
        <translation>训练名称：</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Train, or pause while training</source>
        <translation>训练，训练中则暂停</translation>
    </message>
    <message>
        <source>Step: train one batch</source>
        <translation>单步：训练一个批次</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>停止训练</translation>
    </message>
    <message>
        <source>Reset: new random weights</source>
        <translation>重置：重新随机生成权重</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>按钮</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>{0} is used by more than one command: {1}</source>
        <translation>{0} 被多个命令使用：{1}</translation>
    </message>
    <message>
        <source>No two commands share a key.</source>
        <translation>没有两个命令使用同一个按键。</translation>
    </message>
    <message>
        <source>In a text box or on a focused button, Space types or presses as usual.</source>
        <translation>在文本框中或焦点在按钮上时，空格键照常输入空格或按下按钮。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>The network as Keras&apos;s model.summary() prints it: each layer, the shape of what it outputs and how many numbers (parameters) it learns.</source>
        <extracomment>layers listed in the table; a longer network&apos;s others are counted in one row (a pasted 10,000-layer network&apos;s full table took 0.8 s to make, on the UI thread)</extracomment>
        <translation>按 Keras 的 model.summary() 的格式显示网络：每一层、它的输出形状，以及它要学习多少个数（参数）。</translation>
    </message>
    <message>
        <source>The network fits together: {0} parameters to learn.</source>
        <translation>网络结构正确：共有 {0} 个参数需要学习。</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>问题：{0}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>1. The layers</source>
        <translation>1. 层</translation>
    </message>
    <message>
        <source>These are the building blocks. Drag a layer onto the network — or select it and press Enter.</source>
        <translation>这些是搭建网络的积木。把一个层拖到网络上——或者选中它后按 Enter 键。</translation>
    </message>
    <message>
        <source>2. Your network</source>
        <translation>2. 你的网络</translation>
    </message>
    <message>
        <source>The data flows from the input, through the layers, to the output. Click a layer to change it.</source>
        <translation>数据从输入出发，经过各层，流向输出。点击一个层可以修改它。</translation>
    </message>
    <message>
        <source>3. The data</source>
        <translation>3. 数据</translation>
    </message>
    <message>
        <source>Choose the examples the network learns from.</source>
        <translation>选择网络用来学习的样本。</translation>
    </message>
    <message>
        <source>4. Train</source>
        <translation>4. 训练</translation>
    </message>
    <message>
        <source>Press Train (or the Space bar) and watch the network learn. Pause, Step and Stop are right next to it.</source>
        <translation>按“训练”（或空格键），看着网络学习。“暂停”、“单步”和“停止”就在旁边。</translation>
    </message>
    <message>
        <source>5. The curves</source>
        <translation>5. 曲线</translation>
    </message>
    <message>
        <source>The loss should go down and the accuracy up. Compare the training curve with the test curve.</source>
        <translation>损失应该下降，准确率应该上升。比较训练曲线和测试曲线。</translation>
    </message>
    <message>
        <source>6. Save and export</source>
        <translation>6. 保存和导出</translation>
    </message>
    <message>
        <source>Save your project, or export the trained network for Python (Keras, PyTorch, ONNX) from the File menu.</source>
        <translation>在“文件”菜单中保存项目，或把训练好的网络导出给 Python 使用（Keras、PyTorch、ONNX）。</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>跳过导览</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>optimizer {0} → {1}</source>
        <extracomment>reports a second, batch and epoch ends each: every report costs the UI thread a GIL hand-over and ~0.5 ms; the curves redraw at 20 Hz at most, so more reports would show nothing more while a run is active the UI thread waits at most this long for the GIL (Python&apos;s default, 5 ms, makes each paint of a plot wait several times over behind a Python-heavy worker)</extracomment>
        <translation>优化器 {0} → {1}</translation>
    </message>
    <message>
        <source>{0} settings changed</source>
        <translation>{0} 设置已修改</translation>
    </message>
    <message>
        <source>learning rate {0:g} → {1:g}</source>
        <translation>学习率 {0:g} → {1:g}</translation>
    </message>
</context>
<context>
    <name>TrainingExport</name>
    <message>
        <source>Could not write the picture to {0}: check that the folder exists and that you may write there.</source>
        <translation>无法把图片写入 {0}：请检查文件夹是否存在，以及你是否有写入权限。</translation>
    </message>
    <message>
        <source>Could not write the history to {0}: {1}.</source>
        <translation>无法把训练记录写入 {0}：{1}。</translation>
    </message>
</context>
<context>
    <name>TrainingPart</name>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale: small changes late in training become visible</source>
        <translation>用对数刻度显示损失：训练后期的微小变化也能看清</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Zoom so that all of the curves are visible (auto-range)</source>
        <translation>缩放到能看到全部曲线（自动范围）</translation>
    </message>
    <message>
        <source>Curves as PNG…</source>
        <translation>曲线导出为 PNG…</translation>
    </message>
    <message>
        <source>History as CSV…</source>
        <translation>训练记录导出为 CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the curves as a PNG picture, or the history of every run as a CSV table</source>
        <translation>把曲线保存为 PNG 图片，或把每次训练的记录保存为 CSV 表格</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Train / Pause</source>
        <translation>训练 / 暂停</translation>
    </message>
    <message>
        <source>Step one batch</source>
        <translation>单步：一个批次</translation>
    </message>
    <message>
        <source>Step one epoch</source>
        <translation>单步：一轮</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>重置权重</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>速度(&amp;S)</translation>
    </message>
    <message>
        <source>Open Picture Folder…</source>
        <translation>打开图片文件夹…</translation>
    </message>
    <message>
        <source>Train on your own pictures: a folder with one sub-folder per class</source>
        <translation>用你自己的图片训练：每个类别一个子文件夹</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Train on a table of your own: choose the column to predict</source>
        <translation>用你自己的表格训练：选择要预测的列</translation>
    </message>
    <message>
        <source>Draw Your Own Examples…</source>
        <translation>画出你自己的样本…</translation>
    </message>
    <message>
        <source>Make picture data with the mouse: name the classes, draw a few examples of each, and train on them</source>
        <translation>用鼠标制作图片数据：为类别命名，为每个类别画几个样本，然后用它们训练</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>The network cannot be changed while it trains. Stop the run to edit it.</source>
        <translation>训练期间不能修改网络。请先停止训练再编辑。</translation>
    </message>
    <message>
        <source>Training: epoch {0} of {1}</source>
        <translation>正在训练：第 {0} 轮，共 {1} 轮</translation>
    </message>
    <message>
        <source>Paused after epoch {0}. Press Resume or Step to go on.</source>
        <translation>已在第 {0} 轮之后暂停。按“继续”或“单步”接着训练。</translation>
    </message>
    <message>
        <source>Paused in epoch {0}, after batch {1} of {2}. Press Resume or Step to go on.</source>
        <translation>已在第 {0} 轮暂停，完成第 {1} 批（共 {2} 批）。按“继续”或“单步”接着训练。</translation>
    </message>
    <message>
        <source>Training finished after {0} epochs.</source>
        <translation>训练完成，共 {0} 轮。</translation>
    </message>
    <message>
        <source>Training stopped after {0} epochs; the weights are kept.</source>
        <translation>训练在第 {0} 轮后停止；权重已保留。</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>可以开始训练。</translation>
    </message>
    <message>
        <source>The training diverged: the loss grew out of control (or stopped being a number) instead of falling. The run is paused and the weights of the last good epoch were restored. Try a lower learning rate, for example {0:g}.</source>
        <translation>训练发散了：损失没有下降，反而失控增大（或者不再是一个数）。训练已暂停，并已恢复到上一个良好轮次的权重。试试更低的学习率，例如 {0:g}。</translation>
    </message>
    <message>
        <source>Use learning rate {0:g}</source>
        <translation>使用学习率 {0:g}</translation>
    </message>
    <message>
        <source>The training diverged and was paused; the last good weights were restored.</source>
        <translation>训练发散，已暂停；已恢复到上一次良好的权重。</translation>
    </message>
    <message>
        <source>Change learning rate</source>
        <translation>修改学习率</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>导出曲线</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export training history</source>
        <translation>导出训练记录</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsPanel</name>
    <message>
        <source>A run is active: only the optimizer and learning rate can change now. Stop the run to change the rest.</source>
        <extracomment>hyperparameters shown only under the &quot;Advanced&quot; fold (plain words by default)</extracomment>
        <translation>正在训练：现在只能修改优化器和学习率。停止训练后才能修改其他设置。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Regularization and initial weights</source>
        <translation>正则化和初始权重</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Settings a first lesson never needs: the optimizer&apos;s fine print and how the loss reads the network&apos;s output</source>
        <translation>第一节课用不到的设置：优化器的细节，以及损失函数如何读取网络的输出</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD (plain gradient descent)</source>
        <translation>SGD（普通梯度下降）</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>AdamW (Adam with weight decay)</source>
        <translation>AdamW（带权重衰减的 Adam）</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>How the weights are nudged after each batch. Adam adapts its step for every weight and is a good first choice; SGD takes plain steps downhill.</source>
        <translation>每个批次之后如何微调权重。Adam 会为每个权重调整步长，是不错的首选；SGD 则沿着下坡方向迈出普通的一步。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>How big each step is. Too small: learning is slow. Too large: the loss jumps around or explodes. The arrows step 1 → 2 → 5 → 10.</source>
        <translation>每一步有多大。太小：学得慢。太大：损失上下乱跳甚至爆炸。箭头按 1 → 2 → 5 → 10 调整。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Keeps some of the previous step&apos;s direction, like a ball rolling downhill. 0.9 is common.</source>
        <translation>保留上一步的部分方向，就像一个滚下山坡的球。常用 0.9。</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>look ahead</source>
        <translation>向前看</translation>
    </message>
    <message>
        <source>Nesterov momentum: measures the slope a little ahead, which often settles faster.</source>
        <translation>Nesterov 动量：在稍微靠前的位置测量坡度，通常收敛得更快。</translation>
    </message>
    <message>
        <source>Rho (ρ)</source>
        <translation>Rho（ρ）</translation>
    </message>
    <message>
        <source>How long RMSprop remembers past gradient sizes (0.9 = roughly the last 10 steps).</source>
        <translation>RMSprop 记住过去梯度大小的时长（0.9 ≈ 最近 10 步）。</translation>
    </message>
    <message>
        <source>Beta 1 (β₁)</source>
        <translation>Beta 1（β₁）</translation>
    </message>
    <message>
        <source>How long Adam remembers the direction of past gradients (0.9 = roughly 10 steps).</source>
        <translation>Adam 记住过去梯度方向的时长（0.9 ≈ 10 步）。</translation>
    </message>
    <message>
        <source>Beta 2 (β₂)</source>
        <translation>Beta 2（β₂）</translation>
    </message>
    <message>
        <source>How long Adam remembers the size of past gradients (0.999 = roughly 1000 steps).</source>
        <translation>Adam 记住过去梯度大小的时长（0.999 ≈ 1000 步）。</translation>
    </message>
    <message>
        <source>Epsilon (ε)</source>
        <translation>Epsilon（ε）</translation>
    </message>
    <message>
        <source>A tiny number that keeps the optimizer from dividing by zero. Rarely needs changing.</source>
        <translation>一个很小的数，防止优化器除以零。很少需要修改。</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Shrinks every weight a little at each step, which keeps the network simple.</source>
        <translation>每一步都把所有权重稍微缩小一点，让网络保持简单。</translation>
    </message>
    <message>
        <source>From logits: the loss turns the last layer&apos;s raw scores into probabilities itself (more exact than a softmax layer). From probabilities: the last layer already gives probabilities.</source>
        <translation>来自 logits：损失函数自己把最后一层的原始分数变成概率（比 softmax 层更精确）。来自概率：最后一层已经给出概率。</translation>
    </message>
    <message>
        <source>Loss reads</source>
        <translation>损失函数读取</translation>
    </message>
    <message>
        <source>Initial accumulator</source>
        <translation>累加器初始值</translation>
    </message>
    <message>
        <source>Where Adagrad&apos;s sum of squared gradients starts.</source>
        <translation>Adagrad 的梯度平方和从多少开始累加。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>How many samples the network looks at before each weight update. Small batches: noisy but frequent steps. Large batches: smooth but fewer steps.</source>
        <translation>每次更新权重之前网络要看多少个样本。小批次：步子多但不稳定。大批次：平稳但步数少。</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>How many times the network goes through all the training data.</source>
        <translation>网络把全部训练数据完整地看多少遍。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>What the network tries to make small: how wrong its answers are. Automatic picks cross-entropy for classes and mean squared error for numbers.</source>
        <translation>网络努力减小的量：它的答案错得有多离谱。“自动”会为分类选择交叉熵，为数值预测选择均方误差。</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Keeps this share of the training data aside to check, after every epoch, how the network does on data it does not learn from.</source>
        <translation>把这一比例的训练数据留出来，在每一轮之后检查网络在它没有学过的数据上表现如何。</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stops when the (validation) loss has not improved for this many epochs, and keeps the best weights. Off: always train all epochs.</source>
        <translation>当（验证）损失连续这么多轮没有改善时停止，并保留最好的权重。关闭：总是训练完所有轮次。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The starting point of the random numbers: the same seed gives the same initial weights and the same shuffling, so a run can be repeated exactly.</source>
        <translation>随机数的起点：相同的种子会得到相同的初始权重和相同的打乱顺序，因此训练可以被完全重现。</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <source>L1 strength</source>
        <translation>L1 强度</translation>
    </message>
    <message>
        <source>Pushes weights towards exactly zero, so the network uses fewer connections. 0 = off.</source>
        <translation>把权重推向零，让网络使用更少的连接。0 = 关闭。</translation>
    </message>
    <message>
        <source>L2 strength</source>
        <translation>L2 强度</translation>
    </message>
    <message>
        <source>Keeps weights small, which often helps the network work on new data. 0 = off.</source>
        <translation>让权重保持较小，这通常有助于网络在新数据上表现更好。0 = 关闭。</translation>
    </message>
    <message>
        <source>each layer&apos;s own</source>
        <translation>各层自己的设置</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <source>How the weights are drawn before training starts (e.g. glorot_uniform, he_normal).</source>
        <translation>训练开始前权重如何随机生成（例如 glorot_uniform、he_normal）。</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>step (drop every few epochs)</source>
        <translation>阶梯（每隔几轮降低）</translation>
    </message>
    <message>
        <source>exponential (shrink every epoch)</source>
        <translation>指数（每轮缩小）</translation>
    </message>
    <message>
        <source>cosine (smooth to zero)</source>
        <translation>余弦（平滑降到零）</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度方式</translation>
    </message>
    <message>
        <source>How the learning rate changes during training. Lowering it late lets the network settle.</source>
        <translation>训练过程中学习率如何变化。在后期降低学习率可以让网络稳定下来。</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>The step schedule multiplies the learning rate by the factor every this many epochs.</source>
        <translation>阶梯调度每隔这么多轮就把学习率乘以系数。</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>What the learning rate is multiplied by (step: at each step; exponential: every epoch).</source>
        <translation>学习率要乘以的数（阶梯：每一阶；指数：每一轮）。</translation>
    </message>
    <message>
        <source>Automatic: {0}</source>
        <translation>自动：{0}</translation>
    </message>
    <message>
        <source>chosen from the data</source>
        <translation>根据数据选择</translation>
    </message>
    <message>
        <source>raw scores (from logits)</source>
        <translation>原始分数（来自 logits）</translation>
    </message>
    <message>
        <source>probabilities</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>the network&apos;s output as it is</source>
        <translation>网络的原样输出</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>修改{0}</translation>
    </message>
    <message>
        <source>cross-entropy (class numbers)</source>
        <translation>交叉熵（类别编号）</translation>
    </message>
    <message>
        <source>cross-entropy (one-hot)</source>
        <translation>交叉熵（独热编码）</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
</context>
<context>
    <name>TrainingShortcuts</name>
    <message>
        <source>Shortcut: {0}</source>
        <translation>快捷键：{0}</translation>
    </message>
</context>
<context>
    <name>TrainingThread</name>
    <message>
        <source>The training stopped because of an internal problem. The log has the details.</source>
        <translation>训练因内部问题而停止。详细信息见日志。</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>ViewBox options</source>
        <translation>视图选项</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>轴</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>鼠标模式</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>三键</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>单键</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>Weights and gradients</source>
        <translation>权重和梯度</translation>
    </message>
    <message>
        <source>Per layer: the weights now, and how weights and gradients spread over the epochs</source>
        <translation>每一层：当前的权重，以及权重和梯度随轮次的分布变化</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>权重值</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>gradient value</source>
        <translation>梯度值</translation>
    </message>
    <message>
        <source>This network has no layers with weights yet.</source>
        <translation>这个网络还没有带权重的层。</translation>
    </message>
    <message>
        <source>Weights now</source>
        <translation>当前权重</translation>
    </message>
    <message>
        <source>Weights over the epochs</source>
        <translation>权重随轮次的变化</translation>
    </message>
    <message>
        <source>Gradients over the epochs (probe batch)</source>
        <translation>梯度随轮次的变化（探测批次）</translation>
    </message>
    <message>
        <source>dead ReLU units: %1 of %2 (%3 %)</source>
        <translation>失活的 ReLU 单元：%2 个中有 %1 个（%3 %）</translation>
    </message>
    <message>
        <source>No ReLU layers, so no dead units to count. Heatmaps: brighter = more weights (gradients) with that value at that epoch.</source>
        <translation>没有 ReLU 层，所以没有失活单元可统计。热图：越亮 = 该轮次中取该值的权重（梯度）越多。</translation>
    </message>
    <message>
        <source>Dead ReLU units (output 0 for every probe sample): %1. Heatmaps: brighter = more weights (gradients) with that value at that epoch.</source>
        <translation>失活的 ReLU 单元（对每个探测样本都输出 0）：%1。热图：越亮 = 该轮次中取该值的权重（梯度）越多。</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Insert {layer}</source>
        <extracomment>commands with the same id and target may merge (typing in a spin box is one undo step)</extracomment>
        <translation>插入 {layer}</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <source>Duplicate layer</source>
        <translation>复制层</translation>
    </message>
    <message>
        <source>Move layer</source>
        <translation>移动层</translation>
    </message>
    <message>
        <source>Change {settings}</source>
        <translation>修改 {settings}</translation>
    </message>
    <message>
        <source>Replace network</source>
        <translation>替换网络</translation>
    </message>
    <message>
        <source>Change data</source>
        <translation>更改数据</translation>
    </message>
    <message>
        <source>Change training settings</source>
        <translation>更改训练设置</translation>
    </message>
    <message>
        <source>Load example</source>
        <translation>载入示例</translation>
    </message>
    <message>
        <source>Rename run {id} to “{name}”</source>
        <translation>把训练 {id} 重命名为“{name}”</translation>
    </message>
    <message>
        <source>Delete run “{name}”</source>
        <translation>删除训练“{name}”</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>Circle</source>
        <translation>圆环</translation>
    </message>
    <message>
        <source>Points inside a circle against points in a ring around it.</source>
        <translation>圆内的点与围绕它的圆环上的点。</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>Four squares: the class is whether x and y have the same sign.</source>
        <translation>四个方块：类别取决于 x 和 y 是否同号。</translation>
    </message>
    <message>
        <source>Two gaussians</source>
        <translation>两团高斯点</translation>
    </message>
    <message>
        <source>Two round clouds of points; more noise makes them overlap.</source>
        <translation>两团圆形的点云；噪声越大，越容易重叠。</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Two spiral arms wound into each other: hard for a small network.</source>
        <translation>两条互相缠绕的螺旋臂：对小网络来说很难。</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>Two interlocking half moons (scikit-learn&apos;s make_moons).</source>
        <translation>两个互相咬合的半月形（scikit-learn 的 make_moons）。</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>Predict a value that rises evenly from one corner to the other.</source>
        <translation>预测一个从一角均匀升高到另一角的数值。</translation>
    </message>
    <message>
        <source>Multiple gaussians</source>
        <translation>多个高斯峰</translation>
    </message>
    <message>
        <source>Predict a landscape of six hills and valleys.</source>
        <translation>预测一片有六座山峰和山谷的地形。</translation>
    </message>
    <message>
        <source>Iris flowers</source>
        <translation>鸢尾花</translation>
    </message>
    <message>
        <source>150 iris flowers, 4 measurements each, 3 species (bundled with scikit-learn).</source>
        <translation>150 朵鸢尾花，每朵 4 项测量值，3 个品种（scikit-learn 自带）。</translation>
    </message>
    <message>
        <source>Wine</source>
        <translation>葡萄酒</translation>
    </message>
    <message>
        <source>178 wines, 13 chemical measurements, 3 grape cultivars (bundled with scikit-learn).</source>
        <translation>178 种葡萄酒，13 项化学测量值，3 个葡萄品种（scikit-learn 自带）。</translation>
    </message>
    <message>
        <source>Breast cancer</source>
        <translation>乳腺癌</translation>
    </message>
    <message>
        <source>569 tumour samples, 30 measurements, malignant or benign (bundled with scikit-learn).</source>
        <translation>569 个肿瘤样本，30 项测量值，恶性或良性（scikit-learn 自带）。</translation>
    </message>
    <message>
        <source>Handwritten digits</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <source>1797 handwritten digits 0–9 as 8×8 gray images (bundled with scikit-learn).</source>
        <translation>1797 个 0–9 的手写数字，8×8 灰度图像（scikit-learn 自带）。</translation>
    </message>
    <message>
        <source>Drawn shapes</source>
        <translation>手绘形状</translation>
    </message>
    <message>
        <source>Circles, squares and triangles drawn at random places, sizes and angles, as 28×28 gray pictures (made on this computer: no download).</source>
        <translation>在随机位置、以随机大小和角度画出的圆形、正方形和三角形，28×28 灰度图片（在本机生成：无需下载）。</translation>
    </message>
    <message>
        <source>Classic example</source>
        <translation>经典示例</translation>
    </message>
    <message>
        <source>The data for the classic Keras example: 32 numbers per sample, 10 classes.</source>
        <translation>经典 Keras 示例的数据：每个样本 32 个数，10 个类别。</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Your own table of numbers from a CSV file.</source>
        <translation>来自 CSV 文件的你自己的数字表格。</translation>
    </message>
    <message>
        <source>Picture folder</source>
        <translation>图片文件夹</translation>
    </message>
    <message>
        <source>Your own pictures: a folder with one sub-folder of pictures per class.</source>
        <translation>你自己的图片：每个类别一个图片子文件夹。</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>三角形</translation>
    </message>
</context>
<context>
    <name>error_text</name>
    <message>
        <source>This needs more memory than the computer has.</source>
        <translation>这需要的内存超过了这台计算机所有的内存。</translation>
    </message>
    <message>
        <source>The system refused: {0}{1}.</source>
        <translation>系统拒绝了：{0}{1}。</translation>
    </message>
    <message>
        <source>An internal problem stopped this; your project was not changed. The log has the details.</source>
        <translation>内部问题中止了这项操作；你的项目没有被更改。详细信息见日志。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Reading the data was cancelled.</source>
        <translation>已取消读取数据。</translation>
    </message>
    <message>
        <source>Row {row}: a cell is far too long. Probably a quote mark (&quot;) in this row is never closed.</source>
        <translation>第 {row} 行：有一个单元格太长了。可能是这一行里的某个引号（&quot;）没有闭合。</translation>
    </message>
    <message>
        <source>{first} In all, {count} rows have the wrong number of cells: rows {rows}.</source>
        <extracomment>how many row numbers a message lists</extracomment>
        <translation>{first} 共有 {count} 行的单元格数量不对：第 {rows} 行。</translation>
    </message>
    <message>
        <source>{first} In all, {count} rows have the wrong number of cells; the first are rows {rows}.</source>
        <translation>{first} 共有 {count} 行的单元格数量不对；前几行是第 {rows} 行。</translation>
    </message>
    <message>
        <source>column &quot;{column}&quot; is missing</source>
        <translation>缺少“{column}”列</translation>
    </message>
    <message>
        <source>columns &quot;{first}&quot; to &quot;{last}&quot; are missing</source>
        <translation>缺少从“{first}”到“{last}”的各列</translation>
    </message>
    <message>
        <source>{cells} after the last column &quot;{column}&quot;</source>
        <translation>在最后一列“{column}”之后多出 {cells}</translation>
    </message>
    <message>
        <source> A quote mark (&quot;) in this row may be unclosed.</source>
        <translation>这一行里可能有一个引号（&quot;）没有闭合。</translation>
    </message>
    <message>
        <source>Row {row} has {cells} but the table has {width} columns ({detail}). Check that row for a missing or extra {delimiter}.{hint}</source>
        <translation>第 {row} 行有 {cells}，但表格有 {width} 列（{detail}）。请检查这一行是否少了或多了一个{delimiter}。{hint}</translation>
    </message>
    <message>
        <source>1 cell</source>
        <translation>1 个单元格</translation>
    </message>
    <message>
        <source>{count} cells</source>
        <translation>{count} 个单元格</translation>
    </message>
    <message>
        <source> Write decimals with a point (1.5, not 1,5).</source>
        <translation>小数请用小数点书写（写 1.5，不要写 1,5）。</translation>
    </message>
    <message>
        <source> Inputs must be numbers: fix that cell, or leave the column out.</source>
        <translation>输入必须是数字：请修改这个单元格，或者不使用这一列。</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: &quot;{cell}&quot; is not a number.{hint}</source>
        <translation>第 {row} 行，“{column}”列：“{cell}”不是数字。{hint}</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; (chosen as {role}). Its columns are: {columns}.</source>
        <translation>文件中没有“{column}”列（被选作{role}）。它的列是：{columns}。</translation>
    </message>
    <message>
        <source>The file has only one column, so there is nothing to learn from. A CSV file needs input columns and a target column, separated by commas, semicolons, tabs or |. If the preview shows whole rows in one column, choose the separator the file uses.</source>
        <translation>文件只有一列，因此没有可学习的内容。CSV 文件需要输入列和一个目标列，用逗号、分号、制表符或 | 分隔。如果预览中整行都挤在一列里，请选择文件实际使用的分隔符。</translation>
    </message>
    <message>
        <source>The file has only a header row (row {row}) and no data rows. Add the data below it, or, if that row is data, choose “No header”.</source>
        <translation>文件只有表头行（第 {row} 行），没有数据行。请在其下方添加数据；如果这一行本身就是数据，请选择“没有表头”。</translation>
    </message>
    <message>
        <source>The file has no data rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <source>{columns} hold numbers written with a decimal comma (like 3,5), which NN Studio reads as text. Save the file with decimal points (3.5) — in a spreadsheet, export the CSV with English number settings — and open it again.</source>
        <translation>{columns} 中的数字使用逗号作小数点（如 3,5），NN Studio 会把它们当作文本读取。请用小数点（3.5）保存文件——在电子表格中以英文数字格式导出 CSV——然后重新打开。</translation>
    </message>
    <message>
        <source>Besides the target “{target}” the file has no column to learn from.</source>
        <translation>除目标“{target}”外，文件中没有可供学习的列。</translation>
    </message>
    <message>
        <source>Every column besides the target is text that differs in almost every row (like names), so none is used as an input. If a column does hold groups or numbers, set its “Used as” to Category or Number.</source>
        <translation>除目标外的每一列都是几乎每行都不同的文本（如姓名），因此没有列被用作输入。如果某列确实表示分组或数字，请把它的“用作”设为“类别”或“数值”。</translation>
    </message>
    <message>
        <source>No column is used as an input. Set the “Used as” of at least one column besides the target to Number, Category or Date.</source>
        <translation>没有列被用作输入。请把目标之外至少一列的“用作”设为“数值”、“类别”或“日期”。</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Choose at least one input column besides the target &quot;{target}&quot;.</source>
        <translation>除了目标列“{target}”之外，请至少再选择一个输入列。</translation>
    </message>
    <message>
        <source>Column &quot;{target}&quot; is the target, so it cannot also be an input.</source>
        <translation>“{target}”列是目标列，不能同时作为输入。</translation>
    </message>
    <message>
        <source>Each input column can be chosen only once.</source>
        <translation>每个输入列只能选择一次。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: the value is too large or infinite to use.</source>
        <translation>第 {row} 行，“{column}”列：这个值太大或是无穷大，无法使用。</translation>
    </message>
    <message>
        <source> Text labels cannot be predicted as numbers (regression); choose classification instead.</source>
        <translation>文字标签不能当作数字来预测（回归）；请改选分类。</translation>
    </message>
    <message>
        <source> The other values of this column are numbers, a quantity to predict: correct that cell, or empty it (a row without a target is left out).</source>
        <translation> 这一列的其他值都是数字，是要预测的数量：请改正这个单元格，或把它清空（没有目标值的行会被略过）。</translation>
    </message>
    <message>
        <source>more than {count}</source>
        <translation>超过 {count} 个</translation>
    </message>
    <message>
        <source>The target column &quot;{target}&quot; has {count} different values: too many classes (at most {limit}). If it is a measured number, choose regression.</source>
        <translation>目标列“{target}”有 {count} 个不同的值：类别太多了（最多 {limit} 个）。如果它是测量得到的数值，请选择回归。</translation>
    </message>
    <message>
        <source>The target column &quot;{target}&quot; has only one class (&quot;{label}&quot;) in the rows used. A classifier needs at least two different classes.</source>
        <translation>在用到的行中，目标列“{target}”只有一个类别（“{label}”）。分类器至少需要两个不同的类别。</translation>
    </message>
    <message>
        <source>The target column &quot;{target}&quot; has only one class in the rows used. A classifier needs at least two different classes.</source>
        <translation>在用到的行中，目标列“{target}”只有一个类别。分类器至少需要两个不同的类别。</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>文件有表头行，但没有数据行。</translation>
    </message>
    <message>
        <source>The target column &quot;{target}&quot; has no values at all: every row is empty.</source>
        <translation>目标列“{target}”完全没有值：每一行都是空的。</translation>
    </message>
    <message>
        <source>No rows are left after leaving out the rows with missing values (column &quot;{column}&quot; has the most gaps). Choose to fill missing values with the mean instead, or leave that column out.</source>
        <translation>去掉有缺失值的行之后，一行也不剩了（“{column}”列缺得最多）。请改为用平均值填补缺失值，或者不使用那一列。</translation>
    </message>
    <message>
        <source>The file has only {count} usable data row; at least 2 are needed (some for training, some for testing).</source>
        <translation>文件中只有 {count} 行可用的数据；至少需要 2 行（一部分用于训练，一部分用于测试）。</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; has no values at all: every row is empty or missing. Leave it out of the inputs.</source>
        <translation>列“{column}”完全没有值：每一行都是空的或缺失。请不要把它用作输入。</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: the value {value} is too large to use (NN Studio computes with numbers up to {largest}).</source>
        <extracomment>inputs larger than this are refused: the network computes in float32 (at most 3.4e38), and standardising squares the values (1e308 would overflow to infinity and turn into NaN)</extracomment>
        <translation>第 {row} 行，列“{column}”：数值 {value} 太大，无法使用（NN Studio 计算的数最大为 {largest}）。</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; has no numbers at all: every row is empty or missing. Leave it out of the inputs.</source>
        <translation>“{column}”列完全没有数字：每一行都是空的或缺失的。请不要把它作为输入。</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>This is not a CSV text file: it contains binary data (row {row} has a zero byte). Choose a .csv file saved from a spreadsheet or a text editor.</source>
        <extracomment>a number written with a decimal comma (3,5): read as text, which messages explain</extracomment>
        <translation>这不是 CSV 文本文件：它包含二进制数据（第 {row} 行有一个零字节）。请选择用电子表格或文本编辑器保存的 .csv 文件。</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>第 {number} 列</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;</source>
        <translation>第 {row} 行，“{column}”列</translation>
    </message>
    <message>
        <source>{where}: the file is not UTF-8 text (byte 0x{byte:02X} cannot be read). Save it as &quot;CSV UTF-8&quot; in your spreadsheet program and try again.</source>
        <translation>{where}：这个文件不是 UTF-8 文本（无法读取字节 0x{byte:02X}）。请在电子表格程序中把它另存为“CSV UTF-8”格式，然后再试一次。</translation>
    </message>
    <message>
        <source>The file &quot;{path}&quot; does not exist.</source>
        <translation>文件“{path}”不存在。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; is a folder, not a CSV file.</source>
        <translation>“{path}”是一个文件夹，不是 CSV 文件。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; is not an ordinary file (it is a pipe, a device or a socket), so NN Studio does not read it.</source>
        <translation>“{path}”不是普通文件（它是管道、设备或套接字），因此 NN Studio 不读取它。</translation>
    </message>
    <message>
        <source>The file &quot;{path}&quot; cannot be opened: {reason}.</source>
        <translation>无法打开文件“{path}”：{reason}。</translation>
    </message>
    <message>
        <source>The file is empty: it has no rows.</source>
        <translation>文件是空的：没有任何行。</translation>
    </message>
    <message>
        <source>The first row of the file is longer than {limit} KB, so it cannot be read as a table&apos;s header. Leave out columns you do not need (in a spreadsheet), or check that this is a CSV file.</source>
        <translation>文件的第一行超过 {limit} KB，无法作为表头读取。请（在电子表格中）删去不需要的列，或检查这是否是 CSV 文件。</translation>
    </message>
    <message>
        <source>The start of the file cannot be read as a table: a cell is far too long. Probably a quote mark (&quot;) is never closed.</source>
        <translation>无法把文件开头读成表格：有一个单元格太长了。可能是某个引号（&quot;）没有闭合。</translation>
    </message>
    <message>
        <source>A data spec must be a dictionary with a &quot;name&quot;. Received: {spec!r}.</source>
        <translation>数据设置必须是一个带有 &quot;name&quot; 的字典。收到的是：{spec!r}。</translation>
    </message>
    <message>
        <source>There is no data set called {name!r}. Choose one of: {names}, csv or image_folder.</source>
        <translation>没有名为 {name!r} 的数据集。请从以下选择：{names}、csv 或 image_folder。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a number from {low} to {high}. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; 必须是 {low} 到 {high} 之间的数。收到的是：{key}={value!r}。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder.</source>
        <translation>文件夹 {path} 不存在或不是文件夹。</translation>
    </message>
    <message>
        <source>The folder {path} cannot be read: {reason}</source>
        <translation>无法读取文件夹 {path}：{reason}</translation>
    </message>
    <message>
        <source>not inside a class folder</source>
        <translation>不在任何类别文件夹中</translation>
    </message>
    <message>
        <source>The folder {path} has no sub-folders. Put the pictures of each class in a sub-folder of its own, for example cats/ and dogs/.</source>
        <translation>文件夹 {path} 没有子文件夹。请把每个类别的图片放在各自的子文件夹中，例如 cats/ 和 dogs/。</translation>
    </message>
    <message>
        <source>The folder {path} has {count} sub-folders; at most {limit} classes are supported.</source>
        <translation>文件夹 {path} 有 {count} 个子文件夹；最多支持 {limit} 个类别。</translation>
    </message>
    <message>
        <source>The class folders in {path} are empty: there are no pictures to read.</source>
        <translation>{path} 中的类别文件夹都是空的：没有可读取的图片。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; 必须是 {low} 到 {high} 之间的整数。收到的是：{key}={value!r}。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {options}. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; 必须是 {options} 之一。收到的是：{key}={value!r}。</translation>
    </message>
    <message>
        <source>not a picture Pillow can read</source>
        <translation>不是 Pillow 能读取的图片</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>None of the {count} files under {path} could be read as a picture.</source>
        <translation>{path} 下的 {count} 个文件都无法作为图片读取。</translation>
    </message>
    <message>
        <source>The folder {path} has pictures of one class only ({name}). A classifier needs at least two: add a sub-folder for each other class.</source>
        <translation>文件夹 {path} 只有一个类别（{name}）的图片。分类器至少需要两个类别：请为其他每个类别添加一个子文件夹。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; 必须是 true 或 false。收到的是：{key}={value!r}。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a non-empty text. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; 必须是非空的文本。收到的是：{key}={value!r}。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of names. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; 必须是一个名称列表。收到的是：{key}={value!r}。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must map column names to a role ({roles}) and a way to treat gaps ({choices}). Received: {key}={value!r}.</source>
        <translation>“{key}”必须为每个列名指定一个角色（{roles}）和缺失值的处理方式（{choices}）。收到：{key}={value!r}。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must list one or more different features from {names}. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; 必须列出 {names} 中的一个或多个不同特征。收到的是：{key}={value!r}。</translation>
    </message>
    <message>
        <source>The data set &quot;{name}&quot; has no setting {unknown}. Its settings are: {settings}.</source>
        <translation>数据集“{name}”没有设置 {unknown}。它的设置有：{settings}。</translation>
    </message>
    <message>
        <source>Need at least 2 samples to make a training and a test set; found {count}.</source>
        <translation>至少需要 2 个样本才能分出训练集和测试集；现在只有 {count} 个。</translation>
    </message>
    <message>
        <source>Input features must be a non-empty list of different names from {names}. Received: {value}.</source>
        <translation>输入特征必须是一个非空列表，由 {names} 中不同的名称组成。收到的是：{value}。</translation>
    </message>
    <message>
        <source>Expected points with 2 coordinates, got shape {shape}.</source>
        <translation>需要有 2 个坐标的点，但得到的形状是 {shape}。</translation>
    </message>
    <message>
        <source>Cannot standardize: the training split has no samples.</source>
        <translation>无法标准化：训练集中没有样本。</translation>
    </message>
    <message>
        <source>Expected images of {size} pixels, got shape {shape}.</source>
        <translation>需要 {size} 个像素的图像，但得到的形状是 {shape}。</translation>
    </message>
    <message>
        <source>Unknown activation. Expected one of {names}. Received: activation={value!r}</source>
        <extracomment>Names offered to users (``silu`` is an alias of ``swish``).</extracomment>
        <translation>未知的激活函数。应为以下之一：{names}。收到的是：activation={value!r}</translation>
    </message>
    <message>
        <source>Unknown floatx type. Expected &apos;float32&apos; or &apos;float64&apos;. Received: value={value!r}</source>
        <translation>未知的 floatx 类型。应为 &apos;float32&apos; 或 &apos;float64&apos;。收到的是：value={value!r}</translation>
    </message>
    <message>
        <source>Expected a non-negative integer seed. Received: seed={seed!r}</source>
        <translation>随机种子应为非负整数。收到的是：seed={seed!r}</translation>
    </message>
    <message>
        <source>Expected &apos;auto&apos;, &apos;min&apos; or &apos;max&apos;. Received: mode={mode!r}</source>
        <translation>应为 &apos;auto&apos;、&apos;min&apos; 或 &apos;max&apos;。收到的是：mode={mode!r}</translation>
    </message>
    <message>
        <source>Expected a non-negative integer. Received: {arg}={value!r}</source>
        <translation>应为非负整数。收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected a number in [0, 1). Received: {arg}={value!r}</source>
        <translation>应为 [0, 1) 范围内的数。收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>validation_split={value} leaves no validation samples out of {samples}.</source>
        <translation>validation_split={value} 在 {samples} 个样本中分不出任何验证样本。</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入数据</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>The {what} contain {count} missing or infinite value(s) (NaN/Inf). Remove or fill them before training.</source>
        <translation>{what}中有 {count} 个缺失值或无穷大的值（NaN/Inf）。请在训练前删除或填补它们。</translation>
    </message>
    <message>
        <source>Unknown initializer. Expected one of {names}. Received: initializer={value!r}</source>
        <extracomment>Names offered to users.</extracomment>
        <translation>未知的初始化方法。应为以下之一：{names}。收到的是：initializer={value!r}</translation>
    </message>
    <message>
        <source>Unknown layer type {name!r}. Supported layers: {supported}. Received: class_name={name!r}</source>
        <translation>未知的层类型 {name!r}。支持的层有：{supported}。收到的是：class_name={name!r}</translation>
    </message>
    <message>
        <source>Expected an integer or a pair of positive integers. Received: {arg}={value!r}</source>
        <translation>应为一个整数或一对正整数。收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected positive integers. Received: {arg}={value!r}</source>
        <translation>应为正整数。收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected &apos;valid&apos; or &apos;same&apos;. Received: padding={padding!r}</source>
        <translation>应为 &apos;valid&apos; 或 &apos;same&apos;。收到的是：padding={padding!r}</translation>
    </message>
    <message>
        <source>ReLU supports only its default {arg}. Received: {arg}={value!r}</source>
        <translation>ReLU 只支持默认的 {arg}。收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected a non-negative number. Received: {arg}={value!r}</source>
        <translation>应为非负数。收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected a positive integer. Received: {arg}={value!r}</source>
        <translation>应为正整数。收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>a vector of {size}</source>
        <translation>一个长度为 {size} 的向量</translation>
    </message>
    <message>
        <source>an image {height}×{width}×{channels}</source>
        <translation>一个 {height}×{width}×{channels} 的图像</translation>
    </message>
    <message>
        <source>a tensor of shape {dims}</source>
        <translation>一个形状为 {dims} 的张量</translation>
    </message>
    <message>
        <source>Unrecognized keyword argument for {layer}. Received: {key}={value!r}</source>
        <extracomment>what a .keras file holds for this layer besides its get_config(): the Keras arguments the engine does not have, at the values it behaves as (engine/saving/keras_layers.py writes them) Keras writes the input shape it was built for (``build_config``) with this layer keys of get_config beyond name/trainable; subclasses list their constructor arguments</extracomment>
        <translation>{layer} 不认识这个关键字参数。收到的是：{key}={value!r}</translation>
    </message>
    <message>
        <source>Expected a non-empty string. Received: name={name!r}</source>
        <translation>应为非空字符串。收到的是：name={name!r}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; expects {expected} weight arrays, but received {received}.</source>
        <translation>层“{layer}”需要 {expected} 个权重数组，但收到了 {received} 个。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; weight &apos;{weight}&apos; has shape {expected}, but the value given has shape {received}.</source>
        <translation>层“{layer}”的权重“{weight}”形状是 {expected}，但给出的值形状是 {received}。</translation>
    </message>
    <message>
        <source>{layer_type} &apos;{layer}&apos;: {reason}</source>
        <extracomment>True for layers that can apply the ReLU of the layer below, forward and backward (see __init__)</extracomment>
        <translation>{layer_type}“{layer}”：{reason}</translation>
    </message>
    <message>
        <source>Only channels-last images are supported. Received: data_format={value!r}</source>
        <translation>只支持通道在最后（channels-last）的图像。收到的是：data_format={value!r}</translation>
    </message>
    <message>
        <source>Conv2D supports only dilation_rate=1 and groups=1.</source>
        <translation>Conv2D 只支持 dilation_rate=1 和 groups=1。</translation>
    </message>
    <message>
        <source>Conv2D needs an image (height, width, channels); it gets {shape}.</source>
        <translation>Conv2D 需要图像（高、宽、通道），但它收到的是{shape}。</translation>
    </message>
    <message>
        <source>its {height}×{width} window does not fit in {shape}; use padding &apos;same&apos; or a smaller kernel.</source>
        <translation>它的 {height}×{width} 窗口放不进{shape}；请使用 padding &apos;same&apos; 或更小的卷积核。</translation>
    </message>
    <message>
        <source>Expected an input shape. Received: shape=None</source>
        <translation>需要一个输入形状。收到的是：shape=None</translation>
    </message>
    <message>
        <source>Expected a tuple of positive integers. Received: shape={shape!r}</source>
        <translation>应为由正整数组成的元组。收到的是：shape={shape!r}</translation>
    </message>
    <message>
        <source>the data gives {data}, but the input is set to {input}.</source>
        <translation>数据给出的是{data}，但输入被设置为{input}。</translation>
    </message>
    <message>
        <source>Dense needs a vector; it gets {shape}. Add a Flatten layer before it.</source>
        <translation>Dense 需要向量，但它收到的是{shape}。请在它前面加一个 Flatten 层。</translation>
    </message>
    <message>
        <source>Dropout supports only noise_shape=None. Received: noise_shape={value!r}</source>
        <translation>Dropout 只支持 noise_shape=None。收到的是：noise_shape={value!r}</translation>
    </message>
    <message>
        <source>Expected a non-negative integer or None. Received: seed={value!r}</source>
        <translation>应为非负整数或 None。收到的是：seed={value!r}</translation>
    </message>
    <message>
        <source>Expected an integer axis. Received: axis={axis!r}</source>
        <translation>轴应为整数。收到的是：axis={axis!r}</translation>
    </message>
    <message>
        <source>Expected a positive number. Received: {arg}={value!r}</source>
        <translation>应为正数。收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>BatchNormalization supports only center=True and scale=True.</source>
        <translation>BatchNormalization 只支持 center=True 和 scale=True。</translation>
    </message>
    <message>
        <source>only the last axis (channels) can be normalised.</source>
        <translation>只能对最后一个轴（通道）做归一化。</translation>
    </message>
    <message>
        <source>{layer_type} needs an image (height, width, channels); it gets {shape}.</source>
        <translation>{layer_type} 需要图像（高、宽、通道），但它收到的是{shape}。</translation>
    </message>
    <message>
        <source>its {height}×{width} window does not fit in {shape}.</source>
        <translation>它的 {height}×{width} 窗口放不进{shape}。</translation>
    </message>
    <message>
        <source>Expected a tuple of integers. Received: target_shape={value!r}</source>
        <translation>应为由整数组成的元组。收到的是：target_shape={value!r}</translation>
    </message>
    <message>
        <source>Expected positive sizes (at most one -1). Received: target_shape={value!r}</source>
        <translation>各维大小应为正数（最多一个 -1）。收到的是：target_shape={value!r}</translation>
    </message>
    <message>
        <source>cannot reshape {shape} ({total} numbers) to {target}.</source>
        <translation>无法把{shape}（{total} 个数）变形为 {target}。</translation>
    </message>
    <message>
        <source>cannot reshape {shape} ({total} numbers) to {target} ({known} numbers).</source>
        <translation>无法把{shape}（{total} 个数）变形为 {target}（{known} 个数）。</translation>
    </message>
    <message>
        <source>Targets of shape {targets} do not match the model&apos;s output of shape {output}.</source>
        <translation>形状为 {targets} 的目标值与模型形状为 {output} 的输出不匹配。</translation>
    </message>
    <message>
        <source>Got {labels} labels for {predictions} predictions.</source>
        <extracomment>the accuracy flavour Keras picks for ``metrics=[&apos;accuracy&apos;]`` with this loss</extracomment>
        <translation>有 {predictions} 个预测，却有 {labels} 个标签。</translation>
    </message>
    <message>
        <source>Class labels must be 0 … {last} for an output of {units} units; got {low} … {high}.</source>
        <translation>输出有 {units} 个单元时，类别标签必须在 0 … {last} 之间；实际是 {low} … {high}。</translation>
    </message>
    <message>
        <source>label_smoothing is not supported. Received: label_smoothing={value!r}</source>
        <translation>不支持 label_smoothing。收到的是：label_smoothing={value!r}</translation>
    </message>
    <message>
        <source>Unknown loss. Expected one of {names}. Received: loss={value!r}</source>
        <extracomment>Names offered to users.</extracomment>
        <translation>未知的损失函数。应为以下之一：{names}。收到的是：loss={value!r}</translation>
    </message>
    <message>
        <source>&apos;accuracy&apos; needs a classification loss; the loss is {loss!r}. Received: metrics={value!r}</source>
        <translation>&apos;accuracy&apos; 需要分类用的损失函数；当前损失函数是 {loss!r}。收到的是：metrics={value!r}</translation>
    </message>
    <message>
        <source>Unknown metric. Expected &apos;accuracy&apos;, &apos;mae&apos; or &apos;mse&apos;. Received: metrics={value!r}</source>
        <translation>未知的指标。应为 &apos;accuracy&apos;、&apos;mae&apos; 或 &apos;mse&apos;。收到的是：metrics={value!r}</translation>
    </message>
    <message>
        <source>Expected a string. Received: name={name!r}</source>
        <translation>应为字符串。收到的是：name={name!r}</translation>
    </message>
    <message>
        <source>Expected a layer. Received: layer={layer!r}</source>
        <translation>应为一个层。收到的是：layer={layer!r}</translation>
    </message>
    <message>
        <source>An Input can only be the first entry of a Sequential model.</source>
        <translation>Input 只能是 Sequential 模型的第一项。</translation>
    </message>
    <message>
        <source>The model does not know its input shape yet: add an Input layer.</source>
        <translation>模型还不知道它的输入形状：请添加一个 Input 层。</translation>
    </message>
    <message>
        <source>The model does not know its input shape yet: add an Input layer or call build().</source>
        <translation>模型还不知道它的输入形状：请添加一个 Input 层，或者调用 build()。</translation>
    </message>
    <message>
        <source>{layer_type} &apos;{layer}&apos; was built for inputs of shape {built}, but now gets {shape}.</source>
        <translation>{layer_type}“{layer}”是按形状为 {built} 的输入构建的，但现在收到的是 {shape}。</translation>
    </message>
    <message>
        <source>{layer_type} &apos;{layer}&apos; (the first layer) expects each sample to be {expected}, but the data gives {data}.</source>
        <translation>{layer_type}“{layer}”（第一层）要求每个样本是{expected}，但数据给出的是{data}。</translation>
    </message>
    <message>
        <source>The model has {expected} weight arrays, but {given} were given.</source>
        <translation>模型有 {expected} 个权重数组，但给出了 {given} 个。</translation>
    </message>
    <message>
        <source>Model &apos;{model}&apos; is not built yet: give it an Input or call build().</source>
        <translation>模型“{model}”还没有构建：请给它一个 Input，或者调用 build()。</translation>
    </message>
    <message>
        <source>No such layer: {name}. Existing layers are: {names}.</source>
        <translation>没有这个层：{name}。现有的层是：{names}。</translation>
    </message>
    <message>
        <source>Expected a loss. Received: loss=None</source>
        <translation>需要一个损失函数。收到的是：loss=None</translation>
    </message>
    <message>
        <source>Expected a list of metrics. Received: metrics={value!r}</source>
        <translation>指标应为一个列表。收到的是：metrics={value!r}</translation>
    </message>
    <message>
        <source>You must call compile() before training or evaluating the model.</source>
        <translation>训练或评估模型之前，必须先调用 compile()。</translation>
    </message>
    <message>
        <source>Expected targets. Received: y=None</source>
        <translation>需要目标值。收到的是：y=None</translation>
    </message>
    <message>
        <source>Class labels must be one number per sample; they have shape {shape}. Use categorical cross-entropy for one-hot targets.</source>
        <translation>类别标签必须是每个样本一个数；现在它们的形状是 {shape}。如果目标是独热编码（one-hot），请使用分类交叉熵（categorical cross-entropy）。</translation>
    </message>
    <message>
        <source>Class labels must be whole numbers 0, 1, 2, …</source>
        <translation>类别标签必须是整数 0、1、2……</translation>
    </message>
    <message>
        <source>Class labels must be whole numbers 0, 1, 2, …; they are of type {dtype}.</source>
        <translation>类别标签必须是整数 0、1、2……；它们现在的类型是 {dtype}。</translation>
    </message>
    <message>
        <source>The inputs have {inputs} samples but the targets have {targets}.</source>
        <translation>输入有 {inputs} 个样本，但目标值有 {targets} 个。</translation>
    </message>
    <message>
        <source>There is no data to train on (0 samples).</source>
        <translation>没有可以训练的数据（0 个样本）。</translation>
    </message>
    <message>
        <source>Class labels need a vector output, but the model gives {shape}.</source>
        <translation>类别标签需要向量输出，但模型给出的是 {shape}。</translation>
    </message>
    <message>
        <source>Class labels must be 0 … {last} for an output of {units} units; the data has labels from {low} to {high}.</source>
        <translation>输出有 {units} 个单元时，类别标签必须在 0 … {last} 之间；数据中的标签是从 {low} 到 {high}。</translation>
    </message>
    <message>
        <source>Each target has shape {target}, but the model&apos;s output has shape {output}.</source>
        <translation>每个目标值的形状是 {target}，但模型输出的形状是 {output}。</translation>
    </message>
    <message>
        <source>Unknown optimizer. Expected one of {names}. Received: optimizer={value!r}</source>
        <extracomment>Names offered to users.</extracomment>
        <translation>未知的优化器。应为以下之一：{names}。收到的是：optimizer={value!r}</translation>
    </message>
    <message>
        <source>Expected a number {op} {low:g}. Received: {arg}={value!r}</source>
        <extracomment>flat updates of at least this many elements are split across threads (below, threads cost more)</extracomment>
        <translation>应为 {op} {low:g} 的数。收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected a number {op} {low:g} and &lt; {high:g}. Received: {arg}={value!r}</source>
        <translation>应为 {op} {low:g} 且 &lt; {high:g} 的数。收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>{optimizer} does not support {arg}. Received: {arg}={value!r}</source>
        <extracomment>the formula&apos;s hyperparameters besides the learning rate: name -&gt; (lowest, below) of a number (below None: no upper bound) or ``bool``; checked on construction, returned by get_config</extracomment>
        <translation>{optimizer} 不支持 {arg}。收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>Unrecognized argument for {optimizer}. Received: {arg}={value!r}</source>
        <translation>{optimizer} 不认识这个参数。收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>The saved optimizer state is {saved}&apos;s, not {optimizer}&apos;s.</source>
        <translation>保存的优化器状态属于 {saved}，而不是 {optimizer}。</translation>
    </message>
    <message>
        <source>Saved optimizer state {key!r} does not match the network.</source>
        <translation>保存的优化器状态 {key!r} 与网络不匹配。</translation>
    </message>
    <message>
        <source>Unknown regularizer. Expected &apos;l1&apos;, &apos;l2&apos;, &apos;l1_l2&apos; or a Regularizer. Received: kernel_regularizer={value!r}</source>
        <translation>未知的正则化方法。应为 &apos;l1&apos;、&apos;l2&apos;、&apos;l1_l2&apos; 或一个 Regularizer。收到的是：kernel_regularizer={value!r}</translation>
    </message>
    <message>
        <source>a Keras file</source>
        <translation>Keras 文件</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; has no input shape yet, so {what} cannot describe it: add an Input layer first.</source>
        <translation>模型“{model}”还没有输入形状，所以无法写成{what}：请先添加一个 Input 层。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({layer_type}) cannot be saved as {what}: it is not one of the layers Keras and NN Studio share.</source>
        <translation>层“{layer}”（{layer_type}）无法保存为{what}：它不属于 Keras 和 NN Studio 都有的层。</translation>
    </message>
    <message>
        <source>contains &apos;/&apos;</source>
        <translation>含有 &apos;/&apos;</translation>
    </message>
    <message>
        <source>is used by two layers</source>
        <translation>被两个层同时使用</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; cannot be saved as {what}: its name {why}; Keras needs unique names without &apos;/&apos;. Rename the layer.</source>
        <translation>层“{layer}”无法保存为{what}：它的名称{why}；Keras 需要互不相同、且不含 &apos;/&apos; 的名称。请给这个层改名。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; cannot be saved as {what}: its {activation} activation has a non-default parameter, which Keras&apos;s activation names cannot carry.</source>
        <translation>层“{layer}”无法保存为{what}：它的 {activation} 激活函数用了非默认参数，而 Keras 的激活函数名称无法带上这个参数。</translation>
    </message>
    <message>
        <source>Invalid filepath extension for saving. Use a `.keras` extension. Received: filepath={filepath}</source>
        <translation>保存用的文件扩展名无效。请使用 `.keras` 扩展名。收到的是：filepath={filepath}</translation>
    </message>
    <message>
        <source>a .keras file</source>
        <translation>.keras 文件</translation>
    </message>
    <message>
        <source>{file} is a Keras 2 (legacy HDF5) model file; NN Studio reads the Keras 3 .keras format. Re-save the model with Keras 3 as .keras.</source>
        <translation>{file} 是 Keras 2（旧版 HDF5）模型文件；NN Studio 读取的是 Keras 3 的 .keras 格式。请用 Keras 3 把模型重新保存为 .keras。</translation>
    </message>
    <message>
        <source>The filename must end in `.weights.h5`. Received: filepath={filepath}</source>
        <translation>文件名必须以 `.weights.h5` 结尾。收到的是：filepath={filepath}</translation>
    </message>
    <message>
        <source>a .weights.h5 file</source>
        <translation>.weights.h5 文件</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <extracomment>the Keras release whose file layout this mirrors (checked against files it wrote)</extracomment>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>无法写入 {path}：它是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist.</source>
        <translation>无法写入 {file}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} already exists (overwrite=False).</source>
        <translation>{path} 已经存在（overwrite=False）。</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {reason}.</source>
        <extracomment>a temporary file untouched this long belongs to a save that was killed: it is removed</extracomment>
        <translation>无法写入文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>未能写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{source} is not a complete Keras model file: {member} is missing.</source>
        <translation>{source} 不是完整的 Keras 模型文件：缺少 {member}。</translation>
    </message>
    <message>
        <source>{source} is not a Keras model file (it is not a .keras zip archive).</source>
        <translation>{source} 不是 Keras 模型文件（它不是 .keras 压缩包）。</translation>
    </message>
    <message>
        <source>{source} keeps its weights as model.weights.npz, which NN Studio cannot read.</source>
        <translation>{source} 把权重保存在 model.weights.npz 中，NN Studio 无法读取。</translation>
    </message>
    <message>
        <source>{source} is damaged: its config.json does not describe a model.</source>
        <translation>{source} 已损坏：其中的 config.json 没有描述模型。</translation>
    </message>
    <message>
        <source>{source} is damaged: its Normalization layer has no usable mean and variance.</source>
        <translation>{source} 已损坏：它的 Normalization 层没有可用的均值和方差。</translation>
    </message>
    <message>
        <source>{source} holds a Keras {kind} model; NN Studio reads Sequential models only.</source>
        <translation>{source} 中是一个 Keras {kind} 模型；NN Studio 只能读取 Sequential 模型。</translation>
    </message>
    <message>
        <source>{source} is damaged: its model has no list of layers.</source>
        <translation>{source} 已损坏：其中的模型没有层列表。</translation>
    </message>
    <message>
        <source>{source}: the network cannot be rebuilt: {reason}</source>
        <translation>{source}：无法重建网络：{reason}</translation>
    </message>
    <message>
        <source>{source} holds a network of {params} parameters, which needs {size} of memory to open, more than this computer has ({memory}).</source>
        <translation>{source} 中的网络有 {params} 个参数，打开它需要 {size} 内存，超过了这台计算机的内存（{memory}）。</translation>
    </message>
    <message>
        <source>{source} is damaged: it is nested too deeply to read.</source>
        <translation>{source} 已损坏：它的嵌套层次太深，无法读取。</translation>
    </message>
    <message>
        <source>{source}: the model cannot be rebuilt: {reason}</source>
        <translation>{source}：无法重建模型：{reason}</translation>
    </message>
    <message>
        <source>{source} is damaged: its model description cannot be read.</source>
        <translation>{source} 已损坏：无法读取其中的模型描述。</translation>
    </message>
    <message>
        <source>{problem} Load it with compile=False to get the network without its training settings.</source>
        <translation>{problem}用 compile=False 载入，可以只得到网络而不带训练设置。</translation>
    </message>
    <message>
        <source>The model&apos;s optimizer {spec!r} is not in a form NN Studio can read.</source>
        <translation>模型的优化器 {spec!r} 不是 NN Studio 能读取的形式。</translation>
    </message>
    <message>
        <source>The model&apos;s optimizer uses a learning-rate schedule, which NN Studio does not support.</source>
        <translation>模型的优化器使用了学习率调度，NN Studio 不支持。</translation>
    </message>
    <message>
        <source>The model is compiled with the {name} optimizer; NN Studio supports {supported}.</source>
        <translation>模型编译时用的是 {name} 优化器；NN Studio 支持的是 {supported}。</translation>
    </message>
    <message>
        <source>The model&apos;s {name} optimizer has a setting NN Studio does not support: {reason}</source>
        <translation>模型的 {name} 优化器有一个 NN Studio 不支持的设置：{reason}</translation>
    </message>
    <message>
        <source>The model is compiled with the loss {name!r}, which NN Studio does not have.</source>
        <translation>模型编译时用的损失函数是 {name!r}，NN Studio 没有这个损失函数。</translation>
    </message>
    <message>
        <source>The model&apos;s loss uses reduction={value!r}; NN Studio averages over the batch.</source>
        <translation>模型的损失函数使用了 reduction={value!r}；NN Studio 对整个批次取平均。</translation>
    </message>
    <message>
        <source>The model&apos;s loss sets {key}={value!r}, which NN Studio does not support.</source>
        <translation>模型的损失函数设置了 {key}={value!r}，NN Studio 不支持。</translation>
    </message>
    <message>
        <source>The model&apos;s training settings are not in a form NN Studio can read.</source>
        <translation>模型的训练设置不是 NN Studio 能读取的形式。</translation>
    </message>
    <message>
        <source>The model is compiled with {key}, which NN Studio does not support.</source>
        <translation>模型编译时用了 {key}，NN Studio 不支持。</translation>
    </message>
    <message>
        <source>The model&apos;s training settings cannot be used: {reason}</source>
        <translation>模型的训练设置无法使用：{reason}</translation>
    </message>
    <message>
        <source>{where} uses the activation {value!r}, which NN Studio does not have. Supported activations: {names}.</source>
        <extracomment>engine activation name -&gt; Keras&apos;s serialised name (Keras 3 writes swish as its alias silu) Keras arguments the engine does not have; reading accepts them only at these values Keras arguments that change nothing once the weights are loaded</extracomment>
        <translation>{where}使用了激活函数 {value!r}，NN Studio 没有这个激活函数。支持的激活函数有：{names}。</translation>
    </message>
    <message>
        <source>{where} uses the regularizer {name!r}; NN Studio supports L1, L2 and L1L2.</source>
        <translation>{where}使用了正则化方法 {name!r}；NN Studio 支持 L1、L2 和 L1L2。</translation>
    </message>
    <message>
        <source>Layer {number} of the model is not described in a form NN Studio can read.</source>
        <translation>模型的第 {number} 层不是用 NN Studio 能读取的形式描述的。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({kind})</source>
        <translation>层“{layer}”（{kind}）</translation>
    </message>
    <message>
        <source>The model uses a {kind} layer (&apos;{layer}&apos;), which NN Studio cannot read. Supported layers: {supported}.</source>
        <translation>模型使用了一个 {kind} 层（“{layer}”），NN Studio 无法读取。支持的层有：{supported}。</translation>
    </message>
    <message>
        <source>{where} sets {key}={value!r}; NN Studio supports only {key}={default!r}.</source>
        <translation>{where}设置了 {key}={value!r}；NN Studio 只支持 {key}={default!r}。</translation>
    </message>
    <message>
        <source>{where} has a setting NN Studio does not support: {reason}</source>
        <translation>{where}有一个 NN Studio 不支持的设置：{reason}</translation>
    </message>
    <message>
        <source>{source} is damaged: the weight {group}/{key} is missing or not numbers.</source>
        <translation>{source} 已损坏：权重 {group}/{key} 缺失或不是数字。</translation>
    </message>
    <message>
        <source>The model must be built (given an input shape) before weights can be loaded into it.</source>
        <translation>必须先构建模型（给出输入形状），才能载入权重。</translation>
    </message>
    <message>
        <source>{source} is not a weights file NN Studio can read (not HDF5).</source>
        <translation>{source} 不是 NN Studio 能读取的权重文件（不是 HDF5 格式）。</translation>
    </message>
    <message>
        <source>{source} is a Keras 2 (legacy HDF5) file; NN Studio reads the Keras 3 format. Re-save it with Keras 3 as .keras or .weights.h5.</source>
        <translation>{source} 是 Keras 2（旧版 HDF5）文件；NN Studio 读取的是 Keras 3 格式。请用 Keras 3 把它重新保存为 .keras 或 .weights.h5。</translation>
    </message>
    <message>
        <source>{source} has no weights for layer &apos;{layer}&apos; ({layer_type}); it was saved from a different network.</source>
        <translation>{source} 中没有层“{layer}”（{layer_type}）的权重；它是从另一个网络保存的。</translation>
    </message>
    <message>
        <source>{source} holds {count} weights for layer &apos;{layer}&apos; ({layer_type}), which has {expected}; it was saved from a different network.</source>
        <translation>{source} 中层“{layer}”（{layer_type}）有 {count} 个权重，而这个层有 {expected} 个；它是从另一个网络保存的。</translation>
    </message>
    <message>
        <source>{source}: the {weight} of layer &apos;{layer}&apos; has shape {shape} in the file but {expected} in the network.</source>
        <translation>{source}：层“{layer}”的 {weight} 在文件中的形状是 {shape}，在网络中却是 {expected}。</translation>
    </message>
    <message>
        <source>{what} must have a name ending in {suffix} (Keras reads them only then). Received: {file}</source>
        <translation>{what}的文件名必须以 {suffix} 结尾（否则 Keras 不会读取）。收到的是：{file}</translation>
    </message>
    <message>
        <source>A Keras model file</source>
        <translation>Keras 模型文件</translation>
    </message>
    <message>
        <source>A Keras weights file</source>
        <translation>Keras 权重文件</translation>
    </message>
    <message>
        <source>a NumPy .npz file</source>
        <translation>NumPy .npz 文件</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <source>a Keras .keras file</source>
        <translation>Keras .keras 文件</translation>
    </message>
    <message>
        <source>a Keras .weights.h5 file</source>
        <translation>Keras .weights.h5 文件</translation>
    </message>
    <message>
        <source>ONNX</source>
        <translation>ONNX</translation>
    </message>
    <message>
        <source>Keras code</source>
        <translation>Keras 代码</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch 代码</translation>
    </message>
    <message>
        <source>Unknown export format {format!r}. Choose one of: {formats}.</source>
        <translation>未知的导出格式 {format!r}。请从以下选择一个：{formats}。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({kind}) cannot be exported to {title}: NN Studio does not know how to write this layer type.</source>
        <translation>层“{layer}”（{kind}）无法导出为{title}：NN Studio 不知道如何写出这种层。</translation>
    </message>
    <message>
        <source>Two layers are called &apos;{layer}&apos;; {title} keys weights by layer name. Rename one of them.</source>
        <translation>有两个层都叫“{layer}”；{title}按层名存放权重。请给其中一个改名。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({kind}) uses an activation ({activation}) that cannot be exported to {title}.</source>
        <translation>层“{layer}”（{kind}）使用的激活函数（{activation}）无法导出为{title}。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; cannot be exported to {title}: its {weight} contains NaN or infinite values (did training diverge?). Reset or retrain the network.</source>
        <translation>层“{layer}”无法导出为{title}：它的 {weight} 中有 NaN 或无穷大的值（训练是不是发散了？）。请重置或重新训练网络。</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; (BatchNormalization) cannot be exported to PyTorch code: torch normalises tensors of at most 3 axes per sample, and this one gets {axes}.</source>
        <translation>层“{layer}”（BatchNormalization）无法导出为 PyTorch 代码：torch 只能对每个样本最多 3 个轴的张量做归一化，而这个层收到的有 {axes} 个轴。</translation>
    </message>
    <message>
        <source>The model has no input shape yet, so it cannot be exported to {title}: add an Input layer (or train it once) first.</source>
        <translation>模型还没有输入形状，所以无法导出为{title}：请先添加一个 Input 层（或者先训练一次）。</translation>
    </message>
    <message>
        <source>The model has no layers to export to {title}.</source>
        <translation>模型没有可以导出为{title}的层。</translation>
    </message>
    <message>
        <source>There is no training history to export yet: train the network first.</source>
        <translation>还没有可以导出的训练记录：请先训练网络。</translation>
    </message>
    <message>
        <source>The training history entry {key!r} is not a list of numbers.</source>
        <translation>训练记录中的 {key!r} 不是一个数字列表。</translation>
    </message>
    <message>
        <source>{source} is not a JSON file.</source>
        <translation>{source} 不是 JSON 文件。</translation>
    </message>
    <message>
        <source>{source} cannot be read: {reason}.</source>
        <translation>无法读取 {source}：{reason}。</translation>
    </message>
    <message>
        <source>{source} is not a network exported by NN Studio (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>{source} 不是 NN Studio 导出的网络（没有 &quot;format&quot;: &quot;{format}&quot;）。</translation>
    </message>
    <message>
        <source>{source} was written by a newer NN Studio (format version {version!r}); update NN Studio to read it.</source>
        <translation>{source} 是由更新版本的 NN Studio 写的（格式版本 {version!r}）；请更新 NN Studio 后再读取。</translation>
    </message>
    <message>
        <source>{source} has no list of weights.</source>
        <translation>{source} 中没有权重列表。</translation>
    </message>
    <message>
        <source>{source}: the weight {key} is not a regular array of numbers.</source>
        <translation>{source}：权重 {key} 不是一个规整的数字数组。</translation>
    </message>
    <message>
        <source>{source}: the training settings cannot be used: {reason}</source>
        <translation>{source}：训练设置无法使用：{reason}</translation>
    </message>
    <message>
        <source>{source} is not a NumPy .npz file NN Studio can read.</source>
        <translation>{source} 不是 NN Studio 能读取的 NumPy .npz 文件。</translation>
    </message>
    <message>
        <source>{source} holds a single array, not a saved network (.npz).</source>
        <translation>{source} 中只有一个数组，不是保存的网络（.npz）。</translation>
    </message>
    <message>
        <source>{source} has no {key} entry, so the network it belongs to is unknown. Export it from NN Studio as .npz.</source>
        <translation>{source} 中没有 {key} 项，因此不知道它属于哪个网络。请从 NN Studio 把它导出为 .npz。</translation>
    </message>
    <message>
        <source>{source}: {key} is not a JSON text.</source>
        <translation>{source}：{key} 不是 JSON 文本。</translation>
    </message>
    <message>
        <source>{source}: {key} is not valid JSON.</source>
        <translation>{source}：{key} 不是有效的 JSON。</translation>
    </message>
    <message>
        <source>{source} is damaged: {reason}</source>
        <translation>{source} 已损坏：{reason}</translation>
    </message>
    <message>
        <source>The activation {name!r} has no ONNX form.</source>
        <translation>激活函数 {name!r} 没有对应的 ONNX 形式。</translation>
    </message>
    <message>
        <source>No ONNX form for step {op}.</source>
        <translation>步骤 {op} 没有对应的 ONNX 形式。</translation>
    </message>
    <message>
        <source>ONNX export needs the &apos;onnx&apos; package: pip install onnx</source>
        <translation>导出 ONNX 需要 &apos;onnx&apos; 软件包：pip install onnx</translation>
    </message>
    <message>
        <source>The ONNX graph for &apos;{model}&apos; failed ONNX&apos;s checks: {reason}</source>
        <translation>“{model}”的 ONNX 计算图没有通过 ONNX 的检查：{reason}</translation>
    </message>
    <message>
        <source>{source} does not describe a network (its architecture has no list of layers).</source>
        <translation>{source} 没有描述网络（它的结构中没有层列表）。</translation>
    </message>
    <message>
        <source>{source}: the network has no input shape, so its weights cannot be placed.</source>
        <translation>{source}：网络没有输入形状，因此无法放入它的权重。</translation>
    </message>
    <message>
        <source>{source} has no {weight} for layer &apos;{layer}&apos;.</source>
        <translation>{source} 中没有层“{layer}”的 {weight}。</translation>
    </message>
    <message>
        <source>{source}: the {weight} of layer &apos;{layer}&apos; is not numbers.</source>
        <translation>{source}：层“{layer}”的 {weight} 不是数字。</translation>
    </message>
    <message>
        <source>The training setting {key} must be a positive whole number; it is {value!r}.</source>
        <translation>训练设置 {key} 必须是正整数；现在是 {value!r}。</translation>
    </message>
    <message>
        <source>The optimizer cannot be written as code: {reason}</source>
        <translation>优化器无法写成代码：{reason}</translation>
    </message>
    <message>
        <source>The loss cannot be written as code: {reason}</source>
        <translation>损失函数无法写成代码：{reason}</translation>
    </message>
    <message>
        <source>The optimizer {name} cannot be written as code.</source>
        <translation>优化器 {name} 无法写成代码。</translation>
    </message>
    <message>
        <source>The loss {name} cannot be written as code.</source>
        <translation>损失函数 {name} 无法写成代码。</translation>
    </message>
    <message>
        <source>The metric {name!r} cannot be written as code; use accuracy, mae or mse.</source>
        <translation>指标 {name!r} 无法写成代码；请使用 accuracy、mae 或 mse。</translation>
    </message>
    <message>
        <source>Expected two different features of {count}. Received: {x}, {y}</source>
        <translation>需要从 {count} 个特征中选两个不同的特征。收到的是：{x}, {y}</translation>
    </message>
    <message>
        <source>This network is too large to look inside here ({params} parameters; these views show networks of up to {limit}).</source>
        <translation>这个网络太大，无法在这里查看内部（{params} 个参数；这些视图最多显示 {limit} 个参数的网络）。</translation>
    </message>
    <message>
        <source>This network is too deep to look inside here ({count} layers; these views show networks of up to {limit} layers).</source>
        <translation>这个网络太深，无法在这里查看内部（{count} 层；这些视图最多显示 {limit} 层的网络）。</translation>
    </message>
    <message>
        <source>This network is too wide to look inside here (layer &apos;{layer}&apos; gives {count} values per sample; these views show layers of up to {limit}).</source>
        <translation>这个网络太宽，无法在这里查看内部（层“{layer}”每个样本输出 {count} 个值；这些视图最多显示 {limit} 个值的层）。</translation>
    </message>
    <message>
        <source>The saved weights do not fit this network ({reason}).</source>
        <translation>保存的权重与这个网络不匹配（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not a complete NN Studio project (it has no {member}).</source>
        <translation>{file} 不是完整的 NN Studio 项目（缺少 {member}）。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>没有文件 {path}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} 是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it is a pipe, a device or a socket), so NN Studio does not read it.</source>
        <translation>{file} 不是普通文件（它是管道、设备或套接字），因此 NN Studio 不读取它。</translation>
    </message>
    <message>
        <source>{file} is too large to open safely: its {member} unpacks to more than {limit} (at least {size}).</source>
        <translation>{file} 太大，无法安全打开：其中的 {member} 解压后超过 {limit}（至少 {size}）。</translation>
    </message>
    <message>
        <source>{file} is too large to open: the computer ran out of memory while reading it.</source>
        <translation>{file} 太大，无法打开：读取时计算机内存不足。</translation>
    </message>
    <message>
        <source>{file} is not complete: it has no {member}.</source>
        <translation>{file} 不完整：其中没有 {member}。</translation>
    </message>
    <message>
        <source>{file} is damaged: its {member} cannot be read ({reason}).</source>
        <translation>{file} 已损坏：无法读取其中的 {member}（{reason}）。</translation>
    </message>
    <message>
        <source>it is packed in a way NN Studio cannot unpack</source>
        <translation>它的压缩方式 NN Studio 无法解压</translation>
    </message>
    <message>
        <source>the data is corrupt or cut short</source>
        <translation>数据已损坏或被截断</translation>
    </message>
    <message>
        <source>{file} is too large to open safely: its {member} holds more than {count} entries.</source>
        <translation>{file} 太大，无法安全打开：其中的 {member} 含有超过 {count} 个条目。</translation>
    </message>
    <message>
        <source>{file} is damaged: its {member} is not valid JSON.</source>
        <translation>{file} 已损坏：其中的 {member} 不是有效的 JSON。</translation>
    </message>
    <message>
        <source>{file} is damaged: its {member} is nested more than {depth} levels deep.</source>
        <translation>{file} 已损坏：其中的 {member} 嵌套超过 {depth} 层。</translation>
    </message>
    <message>
        <source>{key} is not an array of numbers</source>
        <translation>{key} 不是数字数组</translation>
    </message>
    <message>
        <source>{key} is cut short</source>
        <translation>{key} 被截断了</translation>
    </message>
    <message>
        <source>{file} is damaged or not an NN Studio project (it is not a complete zip file).</source>
        <translation>{file} 已损坏，或者不是 NN Studio 项目（它不是完整的 zip 文件）。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>无法读取 {file}：{reason}。</translation>
    </message>
    <message>
        <source>{file} is damaged: its project description is not an object.</source>
        <translation>{file} 已损坏：其中的项目描述不是一个对象。</translation>
    </message>
    <message>
        <source>{file} is damaged: it is nested too deeply to read.</source>
        <translation>{file} 已损坏：它的嵌套层次太深，无法读取。</translation>
    </message>
    <message>
        <source>{file} has no schema version; it is not an NN Studio project.</source>
        <translation>{file} 没有格式版本号；它不是 NN Studio 项目。</translation>
    </message>
    <message>
        <source>{file} was saved by a newer NN Studio (file format {version}; this version reads up to {supported}). Please update NN Studio to open it.</source>
        <translation>{file} 是由更新版本的 NN Studio 保存的（文件格式 {version}；当前版本最多只能读取 {supported}）。请更新 NN Studio 后再打开。</translation>
    </message>
    <message>
        <source>{file} uses a layer type this version does not know: {kind!r} (layer &apos;{layer}&apos;).</source>
        <translation>{file} 使用了当前版本不认识的层类型：{kind!r}（层“{layer}”）。</translation>
    </message>
    <message>
        <source>{file} is damaged: its data settings cannot be used: {reason}</source>
        <translation>{file} 已损坏：其中的数据设置无法使用：{reason}</translation>
    </message>
    <message>
        <source>{file} is damaged: its training settings cannot be used: {reason}</source>
        <translation>{file} 已损坏：其中的训练设置无法使用：{reason}</translation>
    </message>
    <message>
        <source>{file} is damaged: its optimizer state cannot be read.</source>
        <translation>{file} 已损坏：无法读取其中的优化器状态。</translation>
    </message>
    <message>
        <source>{file} is damaged: the loss trace of a run is not a list of at most {count} numbers.</source>
        <translation>{file} 已损坏：某次运行的损失记录不是最多 {count} 个数字的列表。</translation>
    </message>
    <message>
        <source>{file} is damaged: the preparation of its table&apos;s columns cannot be read.</source>
        <translation>{file} 已损坏：无法读取其表格各列的预处理设置。</translation>
    </message>
    <message>
        <source>{file} is damaged: the weights of layer &apos;{layer}&apos; hold values that are not numbers (NaN or infinity).</source>
        <translation>{file} 已损坏：层“{layer}”的权重含有不是数字的值（NaN 或无穷大）。</translation>
    </message>
    <message>
        <source>{file} is damaged: some of its weights are missing.</source>
        <translation>{file} 已损坏：缺少部分权重。</translation>
    </message>
    <message>
        <source>{file}: its weights belong to a network that does not fit together.</source>
        <translation>{file}：其中的权重属于一个结构不匹配的网络。</translation>
    </message>
    <message>
        <source>{file}: the file has {count} weight arrays, but its network needs {expected}.</source>
        <translation>{file}：文件中有 {count} 个权重数组，但它的网络需要 {expected} 个。</translation>
    </message>
    <message>
        <source>{file}: the weights of layer &apos;{layer}&apos; ({weight}) have shape {shape}, but the network needs {expected}. The file is damaged or was edited by hand.</source>
        <translation>{file}：层“{layer}”的权重（{weight}）形状是 {shape}，但网络需要 {expected}。文件已损坏，或者被手动修改过。</translation>
    </message>
    <message>
        <source>{file}: the weights of layer &apos;{layer}&apos; are not numbers.</source>
        <translation>{file}：层“{layer}”的权重不是数字。</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <extracomment>Keras&apos;s own optimizer defaults: ``optimizer=&apos;sgd&apos;`` in pasted code means these, not ours.</extracomment>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>the value of {what} must be written out (a number, text, True/False or a tuple), not computed: {code!r}.</source>
        <translation>{what} 的值必须直接写出来（数字、文本、True/False 或元组），不能是计算出来的：{code!r}。</translation>
    </message>
    <message>
        <source>assign the Sequential model to a plain name, like model = Sequential([...]).</source>
        <translation>请把 Sequential 模型赋值给一个简单的名字，例如 model = Sequential([...])。</translation>
    </message>
    <message>
        <source>NN Studio reads only a Sequential model, model.add(...), model.compile(...) and model.fit(...) settings; it cannot use {code!r}.</source>
        <translation>NN Studio 只读取 Sequential 模型、model.add(...)、model.compile(...) 和 model.fit(...) 的设置；它无法使用 {code!r}。</translation>
    </message>
    <message>
        <source>the code builds a second model; paste one model at a time.</source>
        <translation>代码中构建了第二个模型；请一次只粘贴一个模型。</translation>
    </message>
    <message>
        <source>Sequential has no setting {name!r}.</source>
        <translation>Sequential 没有 {name!r} 这个设置。</translation>
    </message>
    <message>
        <source>write the layers as a list inside Sequential([...]).</source>
        <translation>请把各层写成 Sequential([...]) 里的列表。</translation>
    </message>
    <message>
        <source>model.add takes exactly one layer.</source>
        <translation>model.add 只能接收一个层。</translation>
    </message>
    <message>
        <source>NN Studio cannot use model.{method}(...).</source>
        <translation>NN Studio 无法使用 model.{method}(...)。</translation>
    </message>
    <message>
        <source>expected a layer such as Dense(10), not {code!r}.</source>
        <translation>这里应该是一个层，例如 Dense(10)，而不是 {code!r}。</translation>
    </message>
    <message>
        <source>NN Studio has no layer {name!r}. It knows: {known}.</source>
        <translation>NN Studio 没有 {name!r} 这个层。它认识的有：{known}。</translation>
    </message>
    <message>
        <source>argument {number} of {layer}</source>
        <translation>{layer} 的第 {number} 个参数</translation>
    </message>
    <message>
        <source>**settings cannot be read; write each setting out.</source>
        <translation>无法读取 **settings；请把每个设置分别写出来。</translation>
    </message>
    <message>
        <source>{layer} does not take these settings ({reason}).</source>
        <translation>{layer} 不接受这些设置（{reason}）。</translation>
    </message>
    <message>
        <source>only the first layer may set input_shape.</source>
        <translation>只有第一层可以设置 input_shape。</translation>
    </message>
    <message>
        <source>the Input must come before every other layer.</source>
        <translation>Input 必须放在所有其他层之前。</translation>
    </message>
    <message>
        <source>the input shape must be positive whole numbers, like shape=(32,); it is {shape!r}.</source>
        <translation>输入形状必须是正整数，例如 shape=(32,)；现在是 {shape!r}。</translation>
    </message>
    <message>
        <source>{layer}: {reason}</source>
        <translation>{layer}：{reason}</translation>
    </message>
    <message>
        <source>compile has no setting {name!r} in NN Studio.</source>
        <translation>在 NN Studio 中，compile 没有 {name!r} 这个设置。</translation>
    </message>
    <message>
        <source>NN Studio has no optimizer {name!r}. It knows: {known}.</source>
        <translation>NN Studio 没有 {name!r} 这个优化器。它认识的有：{known}。</translation>
    </message>
    <message>
        <source>write the optimizer&apos;s settings by name, like Adam(learning_rate=0.001).</source>
        <translation>请按名称写出优化器的设置，例如 Adam(learning_rate=0.001)。</translation>
    </message>
    <message>
        <source>NN Studio&apos;s {optimizer} optimizer has no setting {name!r} (it has {known}).</source>
        <translation>NN Studio 的 {optimizer} 优化器没有 {name!r} 这个设置（它有 {known}）。</translation>
    </message>
    <message>
        <source>the optimizer&apos;s {key} must be a number; it is {value!r}.</source>
        <translation>优化器的 {key} 必须是数字；现在是 {value!r}。</translation>
    </message>
    <message>
        <source>NN Studio has no loss {name!r}. It knows: {known}.</source>
        <translation>NN Studio 没有 {name!r} 这个损失函数。它认识的有：{known}。</translation>
    </message>
    <message>
        <source>NN Studio&apos;s Huber loss uses delta=1.0 only.</source>
        <translation>NN Studio 的 Huber 损失函数只使用 delta=1.0。</translation>
    </message>
    <message>
        <source>the loss {loss} has no setting {name!r} in NN Studio.</source>
        <translation>在 NN Studio 中，损失函数 {loss} 没有 {name!r} 这个设置。</translation>
    </message>
    <message>
        <source>write the settings of {loss} by name, like from_logits=True.</source>
        <translation>请按名称写出 {loss} 的设置，例如 from_logits=True。</translation>
    </message>
    <message>
        <source>{name} must be a positive whole number; it is {value!r}.</source>
        <translation>{name} 必须是正整数；现在是 {value!r}。</translation>
    </message>
    <message>
        <source>validation_split must be a fraction below 0.9; it is {value!r}.</source>
        <translation>validation_split 必须是小于 0.9 的小数；现在是 {value!r}。</translation>
    </message>
    <message>
        <source>No model found: the code must contain Sequential([...]) (for example model = keras.Sequential([keras.layers.Dense(10)])).</source>
        <translation>没有找到模型：代码中必须有 Sequential([...])（例如 model = keras.Sequential([keras.layers.Dense(10)])）。</translation>
    </message>
    <message>
        <source>The model has no layers.</source>
        <translation>模型中没有层。</translation>
    </message>
    <message>
        <source>There is no code to read: paste a Keras Sequential model.</source>
        <translation>没有可以读取的代码：请粘贴一个 Keras Sequential 模型。</translation>
    </message>
    <message>
        <source>Line {line}: this is not valid Python ({reason}).</source>
        <translation>第 {line} 行：这不是有效的 Python 代码（{reason}）。</translation>
    </message>
    <message>
        <source>The code cannot be read (it is too long or contains invalid characters).</source>
        <translation>无法读取这段代码（太长了，或者含有无效字符）。</translation>
    </message>
    <message>
        <source>The training settings in the code cannot be used: {reason}</source>
        <translation>代码中的训练设置无法使用：{reason}</translation>
    </message>
    <message>
        <source>The network cannot be trained yet: {problem}</source>
        <translation>网络还不能训练：{problem}</translation>
    </message>
    <message>
        <source>Unknown layer type {name!r}. Received: class_name={name!r}</source>
        <extracomment>What a newly dropped layer starts as (plain, sensible defaults for a beginner). Palette name -&gt; engine class name (&quot;Input&quot; in the palette is Keras&apos;s InputLayer).</extracomment>
        <translation>未知的层类型 {name!r}。收到的是：class_name={name!r}</translation>
    </message>
    <message>
        <source>{expected} Received: {arg}={value!r}</source>
        <translation>{expected}收到的是：{arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected one of {names}.</source>
        <translation>应为以下之一：{names}。</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>应为一个数字。</translation>
    </message>
    <message>
        <source>Expected a whole number from 1 to {high}.</source>
        <translation>应为 1 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>Expected a whole number from 0 to {high}.</source>
        <translation>应为 0 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>Expected a fraction from 0 to 0.9.</source>
        <translation>应为 0 到 0.9 之间的小数。</translation>
    </message>
    <message>
        <source>Expected zero or a positive number.</source>
        <translation>应为 0 或正数。</translation>
    </message>
    <message>
        <source>The data is being read…</source>
        <extracomment>files larger than this are read off the UI thread ``background_load(spec, done)`` reads a large file off the UI thread and calls ``done(dataset, error)`` on it (the window sets it); None: everything loads here</extracomment>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>No data is loaded.</source>
        <translation>还没有载入数据。</translation>
    </message>
    <message>
        <source>The training diverged: the loss became too large to compute (not a number). The weights of the last good epoch were restored. Try a lower learning rate.</source>
        <translation>训练发散了：损失变得太大，已经无法计算（不是一个数）。已恢复到上一个良好轮次的权重。试试更低的学习率。</translation>
    </message>
    <message>
        <source>The training diverged: the loss grew to {factor:.0f} times its starting value instead of falling. The weights of the last good epoch were restored. Try a lower learning rate (for example {suggestion:g}).</source>
        <translation>训练发散了：损失没有下降，反而增大到初始值的 {factor:.0f} 倍。已恢复到上一个良好轮次的权重。试试更低的学习率（例如 {suggestion:g}）。</translation>
    </message>
    <message>
        <source>Expected a positive learning rate. Received: learning_rate={value!r}</source>
        <extracomment>which hyperparameters each optimizer uses (the panel shows only these) the settings a running session can take without losing its weights (the optimizer starts afresh)</extracomment>
        <translation>学习率应为正数。收到的是：learning_rate={value!r}</translation>
    </message>
    <message>
        <source>A run needs a name.</source>
        <translation>训练需要一个名称。</translation>
    </message>
    <message>
        <source>A run&apos;s name can have at most {count} characters.</source>
        <translation>训练名称最多只能有 {count} 个字符。</translation>
    </message>
    <message>
        <source>There is no run {id} in this project.</source>
        <translation>这个项目里没有训练 {id}。</translation>
    </message>
    <message>
        <source>The latest run cannot be deleted: the network&apos;s weights come from it. Reset the weights to start a new run.</source>
        <translation>不能删除最新的一次训练：网络的权重来自它。重置权重即可开始新的一次训练。</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; is marked as a date, but &quot;{cell}&quot; is not a date NN Studio can read (for example 2024-03-31 or 31/03/2024). Make it a category or leave it out.</source>
        <translation>列“{column}”被标记为日期，但“{cell}”不是 NN Studio 能读取的日期（例如 2024-03-31 或 31/03/2024）。请把它设为类别，或不使用它。</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot;: &quot;{cell}&quot; is not a date in the same form as the others.</source>
        <translation>列“{column}”：“{cell}”的日期写法与其他行不同。</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; has no values in the training rows, so it cannot be used. Leave it out of the inputs.</source>
        <translation>列“{column}”在训练行中没有任何值，因此无法使用。请不要把它用作输入。</translation>
    </message>
    <message>
        <source>GlobalAveragePooling2D supports only keepdims=False. Received: keepdims={value!r}</source>
        <translation>GlobalAveragePooling2D 只支持 keepdims=False。收到：keepdims={value!r}</translation>
    </message>
    <message>
        <source>GlobalAveragePooling2D needs an image (height, width, channels); it gets {shape}.</source>
        <translation>GlobalAveragePooling2D 需要图像（高、宽、通道），但它收到的是{shape}。</translation>
    </message>
    <message>
        <source>{file} could not be opened because of an internal problem; your project was left as it was.</source>
        <translation>由于内部问题，无法打开 {file}；你的项目保持原样。</translation>
    </message>
    <message>
        <source>The data is too large for this computer&apos;s memory.</source>
        <translation>数据太大，这台计算机的内存放不下。</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a text of at most {count} characters</source>
        <translation>最多 {count} 个字符的文本</translation>
    </message>
    <message>
        <source>a list of at most {count} entries</source>
        <translation>最多 {count} 个条目的列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>{file} is damaged: it has no {field}.</source>
        <translation>{file} 已损坏：其中没有 {field}。</translation>
    </message>
    <message>
        <source>{file} is damaged: {field} must be {expected} (it is {value}).</source>
        <translation>{file} 已损坏：{field} 必须是{expected}（现在是 {value}）。</translation>
    </message>
    <message>
        <source>the project description</source>
        <translation>项目描述</translation>
    </message>
    <message>
        <source>Give the class a name, for example cat or circle.</source>
        <translation>请为类别命名，例如 猫 或 圆。</translation>
    </message>
    <message>
        <source>“{name}” cannot be a class name: use at most {limit} letters, digits, spaces or dashes, not starting with a dot.</source>
        <translation>“{name}”不能作为类别名称：最多使用 {limit} 个字母、数字、空格或短横线，且不能以点开头。</translation>
    </message>
    <message>
        <source>There is already a class called “{name}”.</source>
        <translation>已经有名为“{name}”的类别。</translation>
    </message>
    <message>
        <source>At most {limit} classes are supported.</source>
        <translation>最多支持 {limit} 个类别。</translation>
    </message>
    <message>
        <source>The drawings cannot be saved in {path}: {reason}</source>
        <translation>画作无法保存到 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>examples</name>
    <message>
        <source>Classic Keras example</source>
        <translation>经典 Keras 示例</translation>
    </message>
    <message>
        <source>32 inputs → Dense 10 relu → Dense 10 logits, Adam, sparse cross-entropy.</source>
        <translation>32 个输入 → Dense 10 relu → Dense 10 logits，Adam，稀疏交叉熵。</translation>
    </message>
    <message>
        <source>The network from the Keras documentation. Try fewer units in the first layer, or SGD instead of Adam, and watch how fast the loss falls.</source>
        <translation>Keras 文档中的网络。试着减少第一层的单元数，或用 SGD 代替 Adam，观察损失下降得有多快。</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆环</translation>
    </message>
    <message>
        <source>Two classes: a disc inside a ring. 2 inputs → 4 → 2 tanh.</source>
        <translation>两个类别：圆环里面有一个圆盘。2 个输入 → 4 → 2 tanh。</translation>
    </message>
    <message>
        <source>A straight line cannot separate a disc from a ring. Remove the hidden layer and see the boundary stay straight; add it back and watch it bend into a circle.</source>
        <translation>一条直线无法把圆盘和圆环分开。删掉隐藏层，会看到边界保持笔直；加回来，会看到它弯成一个圆。</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>异或（XOR）</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class. 2 inputs → 4 → 2 tanh.</source>
        <translation>相对的象限属于同一类。2 个输入 → 4 → 2 tanh。</translation>
    </message>
    <message>
        <source>The classic problem one neuron cannot solve. Try a single hidden neuron, then four.</source>
        <translation>一个神经元解决不了的经典问题。先试一个隐藏神经元，再试四个。</translation>
    </message>
    <message>
        <source>Two blobs</source>
        <translation>两团点</translation>
    </message>
    <message>
        <source>Two gaussian clouds. 2 inputs → 2 tanh.</source>
        <translation>两团高斯分布的点云。2 个输入 → 2 tanh。</translation>
    </message>
    <message>
        <source>Easy: even without hidden layers the classes separate. Add noise and see the test accuracy drop below the training accuracy.</source>
        <translation>很简单：即使没有隐藏层，两类也能分开。加入噪声，看看测试准确率如何降到训练准确率以下。</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Two interleaved spirals. 2 inputs → 16 → 16 → 16 tanh.</source>
        <translation>两条交错的螺旋。2 个输入 → 16 → 16 → 16 tanh。</translation>
    </message>
    <message>
        <source>The hardest 2-D set: it needs depth and many epochs. Watch the boundary wind around the spiral arms; a too-high learning rate makes it jump.</source>
        <translation>最难的二维数据集：需要较深的网络和很多轮训练。观察边界如何绕着螺旋臂弯曲；学习率太高会让它乱跳。</translation>
    </message>
    <message>
        <source>Digits (MLP)</source>
        <translation>手写数字（MLP）</translation>
    </message>
    <message>
        <source>8×8 handwritten digits: 64 → Dense 64 relu → Dense 10.</source>
        <translation>8×8 手写数字：64 → Dense 64 relu → Dense 10。</translation>
    </message>
    <message>
        <source>Real images of digits. Look at the confusion matrix: which digits does the network mix up?</source>
        <translation>真实的数字图片。看看混淆矩阵：网络会把哪些数字弄混？</translation>
    </message>
    <message>
        <source>Digits (CNN)</source>
        <translation>手写数字（CNN）</translation>
    </message>
    <message>
        <source>8×8 digits as images: Conv2D 8 3×3 → MaxPooling → Flatten → Dense 10.</source>
        <translation>把 8×8 数字当作图像：Conv2D 8 3×3 → MaxPooling → Flatten → Dense 10。</translation>
    </message>
    <message>
        <source>A convolution looks at small patches, like a magnifying glass sliding over the image. Compare its parameter count with the MLP&apos;s.</source>
        <translation>卷积一次只看一小块，就像一个在图像上滑动的放大镜。把它的参数个数和 MLP 的比较一下。</translation>
    </message>
    <message>
        <source>Shapes (CNN)</source>
        <translation>形状（CNN）</translation>
    </message>
    <message>
        <source>28×28 drawn circles, squares and triangles: two convolutions with pooling → Dense 3.</source>
        <translation>28×28 的手绘圆形、正方形和三角形：两个带池化的卷积 → Dense 3。</translation>
    </message>
    <message>
        <source>Made on this computer, no download. After training, open View ▸ Inside the network ▸ Neurons: each convolution&apos;s filters and what they make of a picture.</source>
        <translation>在本机生成，无需下载。训练后打开 视图 ▸ 网络内部 ▸ 神经元：查看每个卷积的滤波器以及它们从图片中得到的结果。</translation>
    </message>
    <message>
        <source>Iris flowers</source>
        <translation>鸢尾花</translation>
    </message>
    <message>
        <source>4 measurements → Dense 8 relu → Dense 3 species.</source>
        <translation>4 项测量值 → Dense 8 relu → Dense 3 个品种。</translation>
    </message>
    <message>
        <source>A tiny real data set. It trains in seconds; try removing features in a CSV import of your own.</source>
        <translation>一个很小的真实数据集，几秒钟就能训练完；试着在你自己导入的 CSV 中去掉一些特征。</translation>
    </message>
    <message>
        <source>A disc inside a ring: the network learns to draw a circle.</source>
        <translation>圆环里面有一个圆盘：网络要学会画一个圆。</translation>
    </message>
    <message>
        <source>Opposite corners share a class: needs a hidden layer.</source>
        <translation>相对的角属于同一类：需要一个隐藏层。</translation>
    </message>
    <message>
        <source>Two clouds of points: the easiest task.</source>
        <translation>两团点云：最简单的任务。</translation>
    </message>
    <message>
        <source>Two interleaved spirals: the hardest 2-D task.</source>
        <translation>两条交错的螺旋：最难的二维任务。</translation>
    </message>
    <message>
        <source>The network from the Keras docs on 32-feature data.</source>
        <translation>Keras 文档中的网络，使用 32 个特征的数据。</translation>
    </message>
    <message>
        <source>Handwritten 8×8 digits with a dense network.</source>
        <translation>用全连接网络识别 8×8 手写数字。</translation>
    </message>
    <message>
        <source>Handwritten 8×8 digits with a convolution.</source>
        <translation>用卷积识别 8×8 手写数字。</translation>
    </message>
    <message>
        <source>Circles, squares and triangles with two convolutions.</source>
        <translation>用两个卷积识别圆形、正方形和三角形。</translation>
    </message>
    <message>
        <source>Three species from four measurements.</source>
        <translation>根据四项测量值区分三个品种。</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>{filters} filters {window}</source>
        <translation>{filters} 个滤波器 {window}</translation>
    </message>
    <message>
        <source>1 unit{activation}</source>
        <translation>1 个单元{activation}</translation>
    </message>
    <message>
        <source>{units} units{activation}</source>
        <translation>{units} 个单元{activation}</translation>
    </message>
    <message>
        <source>shape {shape}</source>
        <translation>形状 {shape}</translation>
    </message>
    <message>
        <source>keeps values above 0</source>
        <translation>保留大于 0 的值</translation>
    </message>
    <message>
        <source>slope {slope}</source>
        <translation>斜率 {slope}</translation>
    </message>
    <message>
        <source>rate {rate}</source>
        <translation>比例 {rate}</translation>
    </message>
    <message>
        <source>momentum {momentum}</source>
        <translation>动量 {momentum}</translation>
    </message>
    <message>
        <source>one average per channel</source>
        <translation>每个通道一个平均值</translation>
    </message>
    <message>
        <source>unrolls into a vector</source>
        <translation>展开成一个向量</translation>
    </message>
    <message>
        <source>to {shape}</source>
        <translation>变为 {shape}</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>Line {line}: model.{method}(...) is skipped (NN Studio does that itself).</source>
        <translation>第 {line} 行：已跳过 model.{method}(...)（NN Studio 会自己完成这一步）。</translation>
    </message>
    <message>
        <source>Line {line}: metrics are chosen by NN Studio (accuracy for classes, mean absolute error for values).</source>
        <translation>第 {line} 行：指标由 NN Studio 选择（分类用准确率，数值用平均绝对误差）。</translation>
    </message>
    <message>
        <source>Line {line}: from_logits={value} — NN Studio decides this from the last layer&apos;s activation (softmax/sigmoid give probabilities, else logits).</source>
        <translation>第 {line} 行：from_logits={value}——NN Studio 会根据最后一层的激活函数来决定（softmax/sigmoid 输出概率，否则输出 logits）。</translation>
    </message>
    <message>
        <source>Line {line}: the data of model.fit(...) is skipped; choose data in the Data panel.</source>
        <translation>第 {line} 行：已跳过 model.fit(...) 中的数据；请在“数据”面板中选择数据。</translation>
    </message>
    <message>
        <source>The code gives no input shape: the input follows the chosen data.</source>
        <translation>代码中没有给出输入形状：输入将按所选的数据设置。</translation>
    </message>
    <message>
        <source>classification, {count} classes</source>
        <translation>分类，{count} 个类别</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source> Category columns with more than {count} different values ({columns}): the {count} most frequent values are inputs, the others count as &quot;other&quot;.</source>
        <translation> 取值超过 {count} 个的类别列（{columns}）：最常见的 {count} 个取值作为输入，其余都算作“其他”。</translation>
    </message>
    <message>
        <source>{file}: {rows}, {columns}, predicting &quot;{target}&quot; ({kind}).{no_target}{no_input}{filled}{capped}</source>
        <translation>{file}：{rows}，{columns}，预测“{target}”（{kind}）。{no_target}{no_input}{filled}{capped}</translation>
    </message>
    <message>
        <source> Left out {rows} without a target value.</source>
        <translation>有 {rows}没有目标值，已略去。</translation>
    </message>
    <message>
        <source> Left out {rows} with missing inputs.</source>
        <translation>有 {rows}缺少输入值，已略去。</translation>
    </message>
    <message>
        <source> Missing inputs were filled from the training rows.</source>
        <translation> 缺失的输入已用训练行中的值填补。</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>1 input column</source>
        <translation>1 个输入列</translation>
    </message>
    <message>
        <source>{count} input columns</source>
        <translation>{count} 个输入列</translation>
    </message>
    <message>
        <source>feature {n}</source>
        <translation>特征 {n}</translation>
    </message>
    <message>
        <source>every cell is empty</source>
        <translation>每个单元格都是空的</translation>
    </message>
    <message>
        <source>a different whole number in every row, like a row number</source>
        <translation>每一行都是不同的整数，像行号</translation>
    </message>
    <message>
        <source>only {count} different whole numbers: codes for groups</source>
        <translation>只有 {count} 个不同的整数：表示分组的代码</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>numbers, but {count} cell(s) are not (for example &quot;{cell}&quot;): fix them, or use the column as a category</source>
        <translation>数值，但有 {count} 个单元格不是数值（例如“{cell}”）：请修正它们，或把该列用作类别</translation>
    </message>
    <message>
        <source>dates: used as year, season and weekday</source>
        <translation>日期：用作年份、季节和星期几</translation>
    </message>
    <message>
        <source>{count} different texts: almost every row has its own, like a name, so it says nothing about other rows</source>
        <translation>{count} 个不同的文本：几乎每行都有自己的值，像名字一样，对其他行没有意义</translation>
    </message>
    <message>
        <source>text with {count} different values</source>
        <translation>有 {count} 个不同取值的文本</translation>
    </message>
    <message>
        <source>its values are text, so they are classes</source>
        <translation>它的值是文本，所以是类别</translation>
    </message>
    <message>
        <source>only {count} different whole numbers, so they are classes</source>
        <translation>只有 {count} 个不同的整数，所以是类别</translation>
    </message>
    <message>
        <source>numbers with {count} different values: a quantity to predict</source>
        <translation>有 {count} 个不同取值的数值：要预测的数量</translation>
    </message>
    <message>
        <source>its name sounds like what to predict</source>
        <translation>它的名字听起来就是要预测的内容</translation>
    </message>
    <message>
        <source>its name is a quantity that tables like this are usually made to predict</source>
        <translation>它的名字是这类表格通常要预测的量</translation>
    </message>
    <message>
        <source>a text column with few different values</source>
        <translation>取值很少的文本列</translation>
    </message>
    <message>
        <source>the last usable column</source>
        <translation>最后一个可用的列</translation>
    </message>
    <message>
        <source>{count} classes</source>
        <translation>{count} 个类别</translation>
    </message>
    <message>
        <source>{count} target values</source>
        <translation>{count} 个目标值</translation>
    </message>
    <message>
        <source>The network becomes the small network suggested for {data} and {what} (Undo brings yours back).</source>
        <translation>网络换成为 {data} 和 {what} 建议的小型网络（撤销可恢复你的网络）。</translation>
    </message>
    <message>
        <source>The network fits the new data as it is.</source>
        <translation>网络无需改动即适合新数据。</translation>
    </message>
    <message>
        <source>The network&apos;s input takes {data}.</source>
        <translation>网络的输入改为接收{data}。</translation>
    </message>
    <message>
        <source>The output layer {layer} gets {units} units ({activation}), one for each of the {what}; the input takes {data}.</source>
        <translation>输出层 {layer} 改为 {units} 个单元（{activation}），{what}每个对应一个；输入接收{data}。</translation>
    </message>
    <message>
        <source>Your network cannot take pictures: it becomes a small convolutional network for {what} (Undo brings yours back).</source>
        <translation>你的网络无法接收图片：已换成适合 {what} 的小型卷积网络（撤销可恢复你的网络）。</translation>
    </message>
    <message>
        <source>The network does not fit the new data: see the message on the diagram.</source>
        <translation>网络与新数据不匹配：请看网络图上的提示。</translation>
    </message>
</context>
<context>
    <name>pace</name>
    <message>
        <source>Full speed</source>
        <extracomment>&quot;watch&quot;: slow enough to see every step of a 2-D example, fast enough that a lesson&apos;s run ends within a minute (the spiral&apos;s 300 epochs take 30 s)</extracomment>
        <translation>全速</translation>
    </message>
    <message>
        <source>Watch ({0:g} epochs/s)</source>
        <translation>观看（每秒 {0:g} 轮）</translation>
    </message>
    <message>
        <source>{0:g} epochs/s</source>
        <translation>每秒 {0:g} 轮</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>diverged: weights restored</source>
        <translation>发散：已恢复权重</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>its settings cannot be used.</source>
        <translation>它的设置无法使用。</translation>
    </message>
    <message>
        <source>{layer}: {problem}</source>
        <translation>{layer}：{problem}</translation>
    </message>
    <message>
        <source>an Input can only be the first layer.</source>
        <translation>Input 只能是第一层。</translation>
    </message>
    <message>
        <source>the data gives {data}, but the input is set to {input}.</source>
        <translation>数据给出的是{data}，但输入被设置为{input}。</translation>
    </message>
    <message>
        <source>Set the input to {shape}</source>
        <translation>把输入设为 {shape}</translation>
    </message>
    <message>
        <source>the network must start with an Input layer.</source>
        <translation>网络必须以 Input 层开头。</translation>
    </message>
    <message>
        <source>the network has no layers yet: drag a Dense layer onto it.</source>
        <translation>网络中还没有层：请拖一个 Dense 层上去。</translation>
    </message>
    <message>
        <source>the loss {loss} compares classes, but this data has a number to predict (regression).</source>
        <translation>损失函数 {loss} 比较的是类别，但这份数据要预测的是一个数值（回归）。</translation>
    </message>
    <message>
        <source>the loss {loss} measures distances between numbers, but this data has classes to predict.</source>
        <translation>损失函数 {loss} 衡量的是数值之间的距离，但这份数据要预测的是类别。</translation>
    </message>
    <message>
        <source>Let the loss follow the task (automatic)</source>
        <translation>让损失函数跟随任务（自动）</translation>
    </message>
    <message>
        <source>the network would need {size} of memory to train ({params} parameters), more than this computer has ({memory}). Make this layer smaller.</source>
        <translation>训练这个网络需要 {size} 内存（{params} 个参数），超过了这台计算机的内存（{memory}）。请把这一层改小。</translation>
    </message>
    <message>
        <source>This network is very large: training it needs about {size} of memory ({params} parameters).</source>
        <translation>这个网络非常大：训练它大约需要 {size} 内存（{params} 个参数）。</translation>
    </message>
    <message>
        <source>{count} classes</source>
        <translation>{count} 个类别</translation>
    </message>
    <message>
        <source>1 target value</source>
        <translation>1 个目标值</translation>
    </message>
    <message>
        <source>{count} target values</source>
        <translation>{count} 个目标值</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>什么也没有</translation>
    </message>
    <message>
        <source>the output gives {got}, but this data has {what}: the last Dense layer needs 1 unit.</source>
        <translation>输出给出 {got}，但这份数据有 {what}：最后一个 Dense 层需要 1 个单元。</translation>
    </message>
    <message>
        <source>the output gives {got}, but this data has {what}: the last Dense layer needs {units} units.</source>
        <translation>输出是{got}，但这份数据有 {what}：最后一个 Dense 层需要 {units} 个单元。</translation>
    </message>
    <message>
        <source>Set {layer} to {units} units</source>
        <translation>把 {layer} 设为 {units} 个单元</translation>
    </message>
    <message>
        <source>Set {layer} to 1 unit</source>
        <translation>把 {layer} 设为 1 个单元</translation>
    </message>
    <message>
        <source>the network must end with a Dense layer of {units} units (one per class); it ends with {got}.</source>
        <translation>网络必须以一个有 {units} 个单元的 Dense 层结尾（每个类别一个）；现在结尾输出的是{got}。</translation>
    </message>
    <message>
        <source>the network must end with a Dense layer of 1 unit (the target); it ends with {got}.</source>
        <translation>网络必须以 1 个单元（目标值）的 Dense 层结尾；现在它以 {got} 结尾。</translation>
    </message>
    <message>
        <source>the network must end with a Dense layer of {units} units (one per target); it ends with {got}.</source>
        <translation>网络必须以一个有 {units} 个单元的 Dense 层结尾（每个目标值一个）；现在结尾输出的是{got}。</translation>
    </message>
    <message>
        <source>data: {problem}</source>
        <translation>数据：{problem}</translation>
    </message>
</context>
</TS>
