<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackgroundDataLoader</name>
    <message>
        <source>Reading {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>Reading the data was cancelled: change the data settings, or undo and redo, to read it again.</source>
        <translation>Reading the data was cancelled: change the data settings, or undo and redo, to read it again.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <extracomment>the dialog shows only for work that takes longer than this</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <source>Discretize</source>
        <extracomment>points drawn per split at most</extracomment>
        <translation>Discretize</translation>
    </message>
    <message>
        <source>Show hard class regions instead of confidence</source>
        <translation>Show hard class regions instead of confidence</translation>
    </message>
    <message>
        <source>Show test points</source>
        <translation>Show test points</translation>
    </message>
    <message>
        <source>Horizontal:</source>
        <translation>Horizontal:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>Vertical:</translation>
    </message>
    <message>
        <source>Horizontal feature</source>
        <translation>Horizontal feature</translation>
    </message>
    <message>
        <source>The feature along the horizontal axis</source>
        <translation>The feature along the horizontal axis</translation>
    </message>
    <message>
        <source>Vertical feature</source>
        <translation>Vertical feature</translation>
    </message>
    <message>
        <source>The feature along the vertical axis</source>
        <translation>The feature along the vertical axis</translation>
    </message>
    <message>
        <source>Also draw the test points (square, black outline), which the network never trained on</source>
        <translation>Also draw the test points (square, black outline), which the network never trained on</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Decision boundary</translation>
    </message>
    <message>
        <source>What the network answers at every point of the input plane, with the data on top</source>
        <translation>What the network answers at every point of the input plane, with the data on top</translation>
    </message>
    <message>
        <source>%1 (the number input that tells most about the target)</source>
        <translation>%1 (the number input that tells most about the target)</translation>
    </message>
    <message>
        <source>%1 (the second most telling)</source>
        <translation>%1 (the second most telling)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Other features held at their training mean: %1</source>
        <translation>Other features held at their training mean: %1</translation>
    </message>
    <message>
        <source>paler = less sure</source>
        <translation>paler = less sure</translation>
    </message>
    <message>
        <source>Colour: the predicted value (scale on the right); dots: the data</source>
        <translation>Colour: the predicted value (scale on the right); dots: the data</translation>
    </message>
    <message>
        <source>test points (black outline)</source>
        <translation>test points (black outline)</translation>
    </message>
    <message>
        <source>The decision boundary needs points or a table with at least two numeric features; this data has none to lay out on a plane.</source>
        <translation>The decision boundary needs points or a table with at least two numeric features; this data has none to lay out on a plane.</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>feature %1</translation>
    </message>
    <message>
        <source>predicted value</source>
        <translation>predicted value</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>class %1</translation>
    </message>
</context>
<context>
    <name>BuilderActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Take back the last change.</source>
        <translation>Take back the last change.</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Do again what was undone.</source>
        <translation>Do again what was undone.</translation>
    </message>
    <message>
        <source>&amp;Delete layer</source>
        <translation>&amp;Delete layer</translation>
    </message>
    <message>
        <source>Remove the selected layer from the network.</source>
        <translation>Remove the selected layer from the network.</translation>
    </message>
    <message>
        <source>D&amp;uplicate layer</source>
        <translation>D&amp;uplicate layer</translation>
    </message>
    <message>
        <source>Add a copy of the selected layer after it.</source>
        <translation>Add a copy of the selected layer after it.</translation>
    </message>
    <message>
        <source>Move &amp;earlier</source>
        <translation>Move &amp;earlier</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the input.</source>
        <translation>Move the selected layer one place towards the input.</translation>
    </message>
    <message>
        <source>Move &amp;later</source>
        <translation>Move &amp;later</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the output.</source>
        <translation>Move the selected layer one place towards the output.</translation>
    </message>
    <message>
        <source>&amp;Edit settings</source>
        <translation>&amp;Edit settings</translation>
    </message>
    <message>
        <source>Show the selected layer&apos;s settings in the inspector.</source>
        <translation>Show the selected layer&apos;s settings in the inspector.</translation>
    </message>
    <message>
        <source>&amp;Fix the problem</source>
        <translation>&amp;Fix the problem</translation>
    </message>
    <message>
        <source>Apply the suggested fix for the selected layer.</source>
        <translation>Apply the suggested fix for the selected layer.</translation>
    </message>
    <message>
        <source>&amp;Paste Keras code…</source>
        <translation>&amp;Paste Keras code…</translation>
    </message>
    <message>
        <source>Build the network from Keras code (Sequential, add, compile).</source>
        <translation>Build the network from Keras code (Sequential, add, compile).</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Make the blocks bigger (Ctrl+wheel also zooms).</source>
        <translation>Make the blocks bigger (Ctrl+wheel also zooms).</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Make the blocks smaller.</source>
        <translation>Make the blocks smaller.</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <source>Show the whole network in the window.</source>
        <translation>Show the whole network in the window.</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>Show the blocks at their normal size.</source>
        <translation>Show the blocks at their normal size.</translation>
    </message>
    <message>
        <source>Example &amp;gallery…</source>
        <translation>Example &amp;gallery…</translation>
    </message>
    <message>
        <source>Pick a ready-to-train example, with a picture and a teacher&apos;s note.</source>
        <translation>Pick a ready-to-train example, with a picture and a teacher&apos;s note.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close NN Studio (asks about unsaved changes).</source>
        <translation>Close NN Studio (asks about unsaved changes).</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
</context>
<context>
    <name>BuilderPart</name>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Model summary</source>
        <translation>Model summary</translation>
    </message>
    <message>
        <source>Whether the network fits together and matches the data.</source>
        <translation>Whether the network fits together and matches the data.</translation>
    </message>
    <message>
        <source>Apply the suggested fix (you can undo it).</source>
        <translation>Apply the suggested fix (you can undo it).</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;xamples</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>✓ The network fits together. ⚠ {0}</source>
        <translation>✓ The network fits together. ⚠ {0}</translation>
    </message>
    <message>
        <source>✓ The network fits together: {0} parameters.</source>
        <translation>✓ The network fits together: {0} parameters.</translation>
    </message>
    <message>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Fix: {0}</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>The change could not be made</translation>
    </message>
    <message>
        <source>“{0}” could not be done, so it was taken back: the project is as it was before.</source>
        <translation>“{0}” could not be done, so it was taken back: the project is as it was before.</translation>
    </message>
    <message>
        <source>Training is running: stop it to change the network.</source>
        <translation>Training is running: stop it to change the network.</translation>
    </message>
    <message>
        <source>NN Studio has no layer type “{0}”.</source>
        <translation>NN Studio has no layer type “{0}”.</translation>
    </message>
    <message>
        <source>Fixed: {0}.</source>
        <translation>Fixed: {0}.</translation>
    </message>
    <message>
        <source>Loading the example “{0}”…</source>
        <translation>Loading the example “{0}”…</translation>
    </message>
    <message>
        <source>Cannot load the example</source>
        <translation>Cannot load the example</translation>
    </message>
    <message>
        <source>Load example “{0}”</source>
        <translation>Load example “{0}”</translation>
    </message>
    <message>
        <source>Loaded the example “{0}”. Edit ▸ Undo brings your network back.</source>
        <translation>Loaded the example “{0}”. Edit ▸ Undo brings your network back.</translation>
    </message>
    <message>
        <source>Paste Keras code</source>
        <translation>Paste Keras code</translation>
    </message>
    <message>
        <source>Network from Keras code</source>
        <translation>Network from Keras code</translation>
    </message>
    <message>
        <source>Training settings from Keras code</source>
        <translation>Training settings from Keras code</translation>
    </message>
    <message>
        <source>Built {0} layers from the code.</source>
        <translation>Built {0} layers from the code.</translation>
    </message>
</context>
<context>
    <name>ClassBalance</name>
    <message>
        <source>How many samples of each class the training and test sets hold.</source>
        <translation>How many samples of each class the training and test sets hold.</translation>
    </message>
    <message>
        <source>{train} training samples, {test} test samples</source>
        <translation>{train} training samples, {test} test samples</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>{n} training samples of class {name}</source>
        <translation>{n} training samples of class {name}</translation>
    </message>
    <message>
        <source>{n} test samples of class {name}</source>
        <translation>{n} test samples of class {name}</translation>
    </message>
</context>
<context>
    <name>ClassroomPart</name>
    <message>
        <source>Leave presentation mode</source>
        <translation>Leave presentation mode</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Large text, thick curves and high contrast, full screen, for a projector. Press F11 or Esc to leave.</source>
        <translation>Large text, thick curves and high contrast, full screen, for a projector. Press F11 or Esc to leave.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>Take the &amp;tour</translation>
    </message>
    <message>
        <source>Show the short tour of the window again.</source>
        <translation>Show the short tour of the window again.</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <source>Short explanations of the words used in NN Studio.</source>
        <translation>Short explanations of the words used in NN Studio.</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;What&apos;s This?</translation>
    </message>
    <message>
        <source>Then click any control to read what it does.</source>
        <translation>Then click any control to read what it does.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Every key that does something in NN Studio.</source>
        <translation>Every key that does something in NN Studio.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>The target is what the network learns to predict from the input columns.</source>
        <translation>The target is what the network learns to predict from the input columns.</translation>
    </message>
    <message>
        <source>The column to predict (the label or answer).</source>
        <translation>The column to predict (the label or answer).</translation>
    </message>
    <message>
        <source>Choose the target and the columns</source>
        <translation>Choose the target and the columns</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Identifier (not used)</source>
        <translation>Identifier (not used)</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Not used</translation>
    </message>
    <message>
        <source>Leave out the row</source>
        <translation>Leave out the row</translation>
    </message>
    <message>
        <source>Fill with the mean</source>
        <translation>Fill with the mean</translation>
    </message>
    <message>
        <source>Fill with the median</source>
        <translation>Fill with the median</translation>
    </message>
    <message>
        <source>Fill with the most frequent value</source>
        <translation>Fill with the most frequent value</translation>
    </message>
    <message>
        <source>Fill and add an “is missing” column</source>
        <translation>Fill and add an “is missing” column</translation>
    </message>
    <message>
        <source>Classification predicts a class (a name or a small whole number); regression predicts a quantity.</source>
        <translation>Classification predicts a class (a name or a small whole number); regression predicts a quantity.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Regression (predict a number)</source>
        <translation>Regression (predict a number)</translation>
    </message>
    <message>
        <source>Each column&apos;s role, why it was guessed, its gaps and what a gap becomes.</source>
        <translation>Each column&apos;s role, why it was guessed, its gaps and what a gap becomes.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Used as</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>If a value is missing</source>
        <translation>If a value is missing</translation>
    </message>
    <message>
        <source>Set what a gap (an empty cell, NA, NaN, ?) becomes in every column at once.</source>
        <translation>Set what a gap (an empty cell, NA, NaN, ?) becomes in every column at once.</translation>
    </message>
    <message>
        <source>(column by column)</source>
        <translation>(column by column)</translation>
    </message>
    <message>
        <source>Gaps in all columns:</source>
        <translation>Gaps in all columns:</translation>
    </message>
    <message>
        <source>Suggested: {column} ({reason}).</source>
        <translation>Suggested: {column} ({reason}).</translation>
    </message>
    <message>
        <source>Looks like: {task} ({reason})</source>
        <translation>Looks like: {task} ({reason})</translation>
    </message>
    <message>
        <source>How the network sees this column. Identifiers and unused columns are left out.</source>
        <translation>How the network sees this column. Identifiers and unused columns are left out.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{count} ({percent:.0f} %)</source>
        <translation>{count} ({percent:.0f} %)</translation>
    </message>
    <message>
        <source>What an empty cell (or NA, NaN, ?) in this column becomes. Fill values come from the training rows.</source>
        <translation>What an empty cell (or NA, NaN, ?) in this column becomes. Fill values come from the training rows.</translation>
    </message>
    <message>
        <source>Leave out the row (−{count} rows)</source>
        <translation>Leave out the row (−{count} rows)</translation>
    </message>
    <message>
        <source>Rows used: {kept} of {rows}.</source>
        <translation>Rows used: {kept} of {rows}.</translation>
    </message>
    <message>
        <source>{count} left out for gaps in columns set to “Leave out the row”.</source>
        <translation>{count} left out for gaps in columns set to “Leave out the row”.</translation>
    </message>
    <message>
        <source>{count} have no target value.</source>
        <translation>{count} have no target value.</translation>
    </message>
    <message>
        <source>In the first {rows} rows: {text}</source>
        <translation>In the first {rows} rows: {text}</translation>
    </message>
    <message>
        <source>Standardize the inputs</source>
        <translation>Standardize the inputs</translation>
    </message>
    <message>
        <source>Shift and scale each input column to mean 0 and spread 1, using the training rows only. Helps most networks learn.</source>
        <translation>Shift and scale each input column to mean 0 and spread 1, using the training rows only. Helps most networks learn.</translation>
    </message>
    <message>
        <source>Replace the network with one suggested for this data</source>
        <translation>Replace the network with one suggested for this data</translation>
    </message>
    <message>
        <source>A small network sized for these inputs and classes, so that Train works at once. You can undo it.</source>
        <translation>A small network sized for these inputs and classes, so that Train works at once. You can undo it.</translation>
    </message>
    <message>
        <source>Share of the rows kept aside to test the trained network.</source>
        <translation>Share of the rows kept aside to test the trained network.</translation>
    </message>
    <message>
        <source>Target column:</source>
        <translation>Target column:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>Test rows:</source>
        <translation>Test rows:</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regression</translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message>
        <source>%1 test samples of class %2 predicted as %3 (click to list them)</source>
        <translation>%1 test samples of class %2 predicted as %3 (click to list them)</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>predicted %1</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precision</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>true %1</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Building the network</source>
        <translation>Building the network</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Training settings</translation>
    </message>
    <message>
        <source>Running the training</source>
        <translation>Running the training</translation>
    </message>
    <message>
        <source>Watching the results</source>
        <translation>Watching the results</translation>
    </message>
    <message>
        <source>Layer palette</source>
        <translation>Layer palette</translation>
    </message>
    <message>
        <source>The building blocks of a network. Drag a layer onto the network, or select it and press Enter to add it.</source>
        <translation>The building blocks of a network. Drag a layer onto the network, or select it and press Enter to add it.</translation>
    </message>
    <message>
        <source>Network canvas</source>
        <translation>Network canvas</translation>
    </message>
    <message>
        <source>Your network: the data flows from the input, through the layers, to the output. Click a layer to change it; drag it to move it.</source>
        <translation>Your network: the data flows from the input, through the layers, to the output. Click a layer to change it; drag it to move it.</translation>
    </message>
    <message>
        <source>Layer settings</source>
        <translation>Layer settings</translation>
    </message>
    <message>
        <source>The settings of the selected layer, for example how many neurons it has and which activation it uses.</source>
        <translation>The settings of the selected layer, for example how many neurons it has and which activation it uses.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>The function each neuron of the selected layer applies to its sum. It lets the network draw curved boundaries; relu and tanh are common choices.</source>
        <translation>The function each neuron of the selected layer applies to its sum. It lets the network draw curved boundaries; relu and tanh are common choices.</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Data set</translation>
    </message>
    <message>
        <source>The examples the network learns from: inputs together with the right answers.</source>
        <translation>The examples the network learns from: inputs together with the right answers.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>The method that changes the weights after each batch so that the loss goes down. Adam is a safe first choice.</source>
        <translation>The method that changes the weights after each batch so that the loss goes down. Adam is a safe first choice.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>How big each change of the weights is. Too big: the loss jumps around. Too small: learning is slow.</source>
        <translation>How big each change of the weights is. Too big: the loss jumps around. Too small: learning is slow.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>How many times the network goes through the whole training set.</source>
        <translation>How many times the network goes through the whole training set.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>How many examples the network looks at before each change of its weights.</source>
        <translation>How many examples the network looks at before each change of its weights.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>How the error of the answers is measured. Training tries to make this number small.</source>
        <translation>How the error of the answers is measured. Training tries to make this number small.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Start (or continue) training: the network goes through the data again and again and improves its weights.</source>
        <translation>Start (or continue) training: the network goes through the data again and again and improves its weights.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the training. You can change settings and then continue.</source>
        <translation>Pause the training. You can change settings and then continue.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Train on one more batch and pause again, to watch learning in slow motion.</source>
        <translation>Train on one more batch and pause again, to watch learning in slow motion.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>End this training run. The weights learnt so far are kept.</source>
        <translation>End this training run. The weights learnt so far are kept.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Start again from scratch: new random weights and empty curves.</source>
        <translation>Start again from scratch: new random weights and empty curves.</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Training progress</translation>
    </message>
    <message>
        <source>How much of the planned training is done.</source>
        <translation>How much of the planned training is done.</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Loss curve</translation>
    </message>
    <message>
        <source>The error after each epoch, on training and test data. It should go down. If the test curve rises while the training curve falls, the network is overfitting.</source>
        <translation>The error after each epoch, on training and test data. It should go down. If the test curve rises while the training curve falls, the network is overfitting.</translation>
    </message>
    <message>
        <source>Accuracy curve</source>
        <translation>Accuracy curve</translation>
    </message>
    <message>
        <source>The share of examples the network answers correctly after each epoch, on training and test data.</source>
        <translation>The share of examples the network answers correctly after each epoch, on training and test data.</translation>
    </message>
</context>
<context>
    <name>CsvImportWizard</name>
    <message>
        <source>Import a CSV file</source>
        <translation>Import a CSV file</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Choose a CSV file.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported. Press Read again, or Back to change the settings.</source>
        <translation>Cancelled: nothing was imported. Press Read again, or Back to change the settings.</translation>
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
        <translation>The file could not be read because of an internal error. Please report it together with the file.</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <source>Training loss, each batch</source>
        <translation>Training loss, each batch</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>The loss: how wrong the network&apos;s answers are. Lower is better. The thin line is the loss of each batch.</source>
        <translation>The loss: how wrong the network&apos;s answers are. Lower is better. The thin line is the loss of each batch.</translation>
    </message>
    <message>
        <source>Mean absolute error (mae)</source>
        <translation>Mean absolute error (mae)</translation>
    </message>
    <message>
        <source>The mean absolute error: how far the predicted numbers are from the true ones, on average. Lower is better.</source>
        <translation>The mean absolute error: how far the predicted numbers are from the true ones, on average. Lower is better.</translation>
    </message>
    <message>
        <source>Training mae</source>
        <translation>Training mae</translation>
    </message>
    <message>
        <source>Validation mae</source>
        <translation>Validation mae</translation>
    </message>
    <message>
        <source>Test mae</source>
        <translation>Test mae</translation>
    </message>
    <message>
        <source>The share of samples the network classifies correctly (1 = all of them). Higher is better.</source>
        <translation>The share of samples the network classifies correctly (1 = all of them). Higher is better.</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>Training accuracy</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validation accuracy</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Test accuracy</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Training loss</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validation loss</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Test loss</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>training loss</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>test loss</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Run {0}</source>
        <translation>Run {0}</translation>
    </message>
    <message>
        <source>Press Train: the curves grow here as the network learns.</source>
        <translation>Press Train: the curves grow here as the network learns.</translation>
    </message>
    <message>
        <source>Press Train: the curves grow here.</source>
        <translation>Press Train: the curves grow here.</translation>
    </message>
    <message>
        <source>Epoch {0}</source>
        <translation>Epoch {0}</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>mae</source>
        <translation>mae</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>The examples the network learns from</source>
        <extracomment>a line for the status bar: what changed along with the data (the network made to fit it)</extracomment>
        <translation>The examples the network learns from</translation>
    </message>
    <message>
        <source>A run is active: stop it to choose other data.</source>
        <translation>A run is active: stop it to choose other data.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Noise, the share of training data, the number of samples and the seed</source>
        <translation>Noise, the share of training data, the number of samples and the seed</translation>
    </message>
    <message>
        <source>How much the points are jittered: more noise makes the classes overlap</source>
        <translation>How much the points are jittered: more noise makes the classes overlap</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>The share of the points used for training; the rest tests the network on points it never saw</source>
        <translation>The share of the points used for training; the rest tests the network on points it never saw</translation>
    </message>
    <message>
        <source>The share of the samples kept aside to test the network on data it never saw</source>
        <translation>The share of the samples kept aside to test the network on data it never saw</translation>
    </message>
    <message>
        <source>How many samples to generate</source>
        <translation>How many samples to generate</translation>
    </message>
    <message>
        <source>The random numbers behind the data: the same seed always gives the same data</source>
        <translation>The random numbers behind the data: the same seed always gives the same data</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>Draw new random data (the next seed)</source>
        <translation>Draw new random data (the next seed)</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>Training share</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>Test share</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>CSV: {0}</source>
        <translation>CSV: {0}</translation>
    </message>
    <message>
        <source>Pictures: {0}</source>
        <translation>Pictures: {0}</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Open picture folder…</source>
        <translation>Open picture folder…</translation>
    </message>
    <message>
        <source>Your own pictures from a folder.</source>
        <translation>Your own pictures from a folder.</translation>
    </message>
    <message>
        <source>Your own table from a CSV file.</source>
        <translation>Your own table from a CSV file.</translation>
    </message>
    <message>
        <source>{0} training and {1} test samples</source>
        <translation>{0} training and {1} test samples</translation>
    </message>
    <message>
        <source> · {0} classes ({1})</source>
        <translation> · {0} classes ({1})</translation>
    </message>
    <message>
        <source> · predicts a number</source>
        <translation> · predicts a number</translation>
    </message>
    <message>
        <source>Choose data: {0}</source>
        <translation>Choose data: {0}</translation>
    </message>
    <message>
        <source>Change data {0}</source>
        <translation>Change data {0}</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>Open picture folder</source>
        <translation>Open picture folder</translation>
    </message>
    <message>
        <source>Use drawn examples</source>
        <translation>Use drawn examples</translation>
    </message>
</context>
<context>
    <name>DataPreview</name>
    <message>
        <source>Training points filled, test points with a dark outline.</source>
        <translation>Training points filled, test points with a dark outline.</translation>
    </message>
    <message>
        <source>A few training images of each class.</source>
        <translation>A few training images of each class.</translation>
    </message>
    <message>
        <source>The first training rows, before standardization.</source>
        <translation>The first training rows, before standardization.</translation>
    </message>
    <message>
        <source>{description}  {train} training and {test} test samples.</source>
        <translation>{description}  {train} training and {test} test samples.</translation>
    </message>
    <message>
        <source>Class {name}</source>
        <translation>Class {name}</translation>
    </message>
    <message>
        <source>Training sample {n}, class {name}</source>
        <translation>Training sample {n}, class {name}</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
</context>
<context>
    <name>DrawDigitView</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Centre and size my drawing like the training digits</source>
        <translation>Centre and size my drawing like the training digits</translation>
    </message>
    <message>
        <source>Wipe the drawing pad</source>
        <translation>Wipe the drawing pad</translation>
    </message>
    <message>
        <source>Centre and size my drawing</source>
        <translation>Centre and size my drawing</translation>
    </message>
    <message>
        <source>Crop the drawing to its ink and fit it to the box, as the training digits were</source>
        <translation>Crop the drawing to its ink and fit it to the box, as the training digits were</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>Drawing pad</translation>
    </message>
    <message>
        <source>Draw a digit here with the mouse</source>
        <translation>Draw a digit here with the mouse</translation>
    </message>
    <message>
        <source>Draw one digit, 0 to 9, filling the box.</source>
        <translation>Draw one digit, 0 to 9, filling the box.</translation>
    </message>
    <message>
        <source>What the network sees (8×8):</source>
        <translation>What the network sees (8×8):</translation>
    </message>
    <message>
        <source>Drawing works with a model trained on the handwritten digits data set (8×8 pictures). Load the Digits example to try it.</source>
        <translation>Drawing works with a model trained on the handwritten digits data set (8×8 pictures). Load the Digits example to try it.</translation>
    </message>
    <message>
        <source>Draw a digit on the black square.</source>
        <translation>Draw a digit on the black square.</translation>
    </message>
    <message>
        <source>The network reads a %1 (%2 % sure).</source>
        <translation>The network reads a %1 (%2 % sure).</translation>
    </message>
</context>
<context>
    <name>DrawExamplesDialog</name>
    <message>
        <source>Draw your own examples</source>
        <translation>Draw your own examples</translation>
    </message>
    <message>
        <source>The classes and how many drawings each has: new drawings go to the chosen class</source>
        <translation>The classes and how many drawings each has: new drawings go to the chosen class</translation>
    </message>
    <message>
        <source>New class, e.g. smiley</source>
        <translation>New class, e.g. smiley</translation>
    </message>
    <message>
        <source>The name of a new class; it becomes the name of its folder</source>
        <translation>The name of a new class; it becomes the name of its folder</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Add class</translation>
    </message>
    <message>
        <source>Add a class with the name typed beside it</source>
        <translation>Add a class with the name typed beside it</translation>
    </message>
    <message>
        <source>Draw one example here with the mouse (left button)</source>
        <translation>Draw one example here with the mouse (left button)</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <source>Take the last stroke away (Ctrl+Z)</source>
        <translation>Take the last stroke away (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Wipe the pad</source>
        <translation>Wipe the pad</translation>
    </message>
    <message>
        <source>Keep the drawing as an example of the chosen class and wipe the pad for the next one (Ctrl+Enter)</source>
        <translation>Keep the drawing as an example of the chosen class and wipe the pad for the next one (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The drawings of the chosen class</source>
        <translation>The drawings of the chosen class</translation>
    </message>
    <message>
        <source>Remove drawing</source>
        <translation>Remove drawing</translation>
    </message>
    <message>
        <source>Take the chosen drawing out of its class (Delete)</source>
        <translation>Take the chosen drawing out of its class (Delete)</translation>
    </message>
    <message>
        <source>Where the drawings are saved: one sub-folder per class</source>
        <translation>Where the drawings are saved: one sub-folder per class</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the folder the drawings are saved in</source>
        <translation>Choose the folder the drawings are saved in</translation>
    </message>
    <message>
        <source>Save and use as data</source>
        <translation>Save and use as data</translation>
    </message>
    <message>
        <source>Save the drawings as PNG pictures and train on them</source>
        <translation>Save the drawings as PNG pictures and train on them</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Save in</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Drawing {n} of {name}</source>
        <translation>Drawing {n} of {name}</translation>
    </message>
    <message>
        <source>Drawings of {name}</source>
        <translation>Drawings of {name}</translation>
    </message>
    <message>
        <source>Add to “{name}”</source>
        <translation>Add to “{name}”</translation>
    </message>
    <message>
        <source>Add to class</source>
        <translation>Add to class</translation>
    </message>
    <message>
        <source>Type a name for the first class (for example smiley) and press Add class.</source>
        <translation>Type a name for the first class (for example smiley) and press Add class.</translation>
    </message>
    <message>
        <source>Draw a few examples of each class; at least two classes need drawings.</source>
        <translation>Draw a few examples of each class; at least two classes need drawings.</translation>
    </message>
    <message>
        <source>{count} drawings in {classes} classes. About {enough} per class train well.</source>
        <translation>{count} drawings in {classes} classes. About {enough} per class train well.</translation>
    </message>
    <message>
        <source>Save the drawings in</source>
        <translation>Save the drawings in</translation>
    </message>
    <message>
        <source>Choose the folder the drawings are saved in.</source>
        <translation>Choose the folder the drawings are saved in.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Close without saving?</translation>
    </message>
    <message>
        <source>{count} drawings are not saved yet. Close and lose them?</source>
        <translation>{count} drawings are not saved yet. Close and lose them?</translation>
    </message>
</context>
<context>
    <name>EncodedInputsTable</name>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Inputs the network gets</source>
        <translation>Inputs the network gets</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>What each column of the file becomes: the numbers the network reads.</source>
        <translation>What each column of the file becomes: the numbers the network reads.</translation>
    </message>
    <message>
        <source>the number as written; a gap becomes the training rows&apos; typical value</source>
        <translation>the number as written; a gap becomes the training rows&apos; typical value</translation>
    </message>
    <message>
        <source>1 for the row&apos;s value, 0 for the others; &quot;(other)&quot; for a value seen too rarely in training or never</source>
        <translation>1 for the row&apos;s value, 0 for the others; &quot;(other)&quot; for a value seen too rarely in training or never</translation>
    </message>
    <message>
        <source>the year, and the day of the year and the weekday as points on a circle</source>
        <translation>the year, and the day of the year and the weekday as points on a circle</translation>
    </message>
    <message>
        <source>; the last input is 1 when the cell was empty</source>
        <translation>; the last input is 1 when the cell was empty</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Click a cell to list its test samples.</source>
        <translation>Click a cell to list its test samples.</translation>
    </message>
    <message>
        <source>test sample</source>
        <translation>test sample</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>predicted</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confidence</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Confusion matrix</translation>
    </message>
    <message>
        <source>Test samples by true class (rows) and predicted class (columns); click a cell to list its samples</source>
        <translation>Test samples by true class (rows) and predicted class (columns); click a cell to list its samples</translation>
    </message>
    <message>
        <source>Samples of the selected cell</source>
        <translation>Samples of the selected cell</translation>
    </message>
    <message>
        <source>The test samples of the clicked confusion-matrix cell</source>
        <translation>The test samples of the clicked confusion-matrix cell</translation>
    </message>
    <message>
        <source>actual value</source>
        <translation>actual value</translation>
    </message>
    <message>
        <source>predicted value</source>
        <translation>predicted value</translation>
    </message>
    <message>
        <source>Predicted versus actual</source>
        <translation>Predicted versus actual</translation>
    </message>
    <message>
        <source>Each test sample&apos;s predicted value against its true value</source>
        <translation>Each test sample&apos;s predicted value against its true value</translation>
    </message>
    <message>
        <source>There is no test split to evaluate on.</source>
        <translation>There is no test split to evaluate on.</translation>
    </message>
    <message>
        <source>Test accuracy %1 % on %2 samples. Rows: true class; columns: predicted class.</source>
        <translation>Test accuracy %1 % on %2 samples. Rows: true class; columns: predicted class.</translation>
    </message>
    <message>
        <source>On %1 test samples: R² = %2, RMSE = %3 (dashed line: perfect predictions)</source>
        <translation>On %1 test samples: R² = %2, RMSE = %3 (dashed line: perfect predictions)</translation>
    </message>
    <message>
        <source>%1 test samples of class %2 predicted as %3</source>
        <translation>%1 test samples of class %2 predicted as %3</translation>
    </message>
</context>
<context>
    <name>ExampleGallery</name>
    <message>
        <source>Example gallery</source>
        <translation>Example gallery</translation>
    </message>
    <message>
        <source>Pick an example; double-click to open it.</source>
        <translation>Pick an example; double-click to open it.</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Teacher&apos;s note</translation>
    </message>
    <message>
        <source>Load this example (Edit ▸ Undo brings your network back).</source>
        <translation>Load this example (Edit ▸ Undo brings your network back).</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>NumPy weights (.npz)…</source>
        <translation>NumPy weights (.npz)…</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>NumPy archive (*.npz)</translation>
    </message>
    <message>
        <source>JSON, network and weights (.json)…</source>
        <translation>JSON, network and weights (.json)…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Keras model (.keras)…</source>
        <translation>Keras model (.keras)…</translation>
    </message>
    <message>
        <source>Keras model (*.keras)</source>
        <translation>Keras model (*.keras)</translation>
    </message>
    <message>
        <source>Keras weights (.weights.h5)…</source>
        <translation>Keras weights (.weights.h5)…</translation>
    </message>
    <message>
        <source>Keras weights (*.weights.h5)</source>
        <translation>Keras weights (*.weights.h5)</translation>
    </message>
    <message>
        <source>ONNX model (.onnx)…</source>
        <translation>ONNX model (.onnx)…</translation>
    </message>
    <message>
        <source>ONNX (*.onnx)</source>
        <translation>ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Keras Python code (.py)…</source>
        <translation>Keras Python code (.py)…</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python script (*.py)</translation>
    </message>
    <message>
        <source>PyTorch Python code (.py)…</source>
        <translation>PyTorch Python code (.py)…</translation>
    </message>
    <message>
        <source>Export the trained network as {0}.</source>
        <translation>Export the trained network as {0}.</translation>
    </message>
    <message>
        <source>Export as {0}</source>
        <translation>Export as {0}</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Export a very large network?</source>
        <translation>Export a very large network?</translation>
    </message>
    <message>
        <source>This network has {0} parameters: the export will write about {1} to disk and take a while. Export it anyway?</source>
        <translation>This network has {0} parameters: the export will write about {1} to disk and take a while. Export it anyway?</translation>
    </message>
    <message>
        <source> (not trained yet: the file holds the starting weights)</source>
        <translation> (not trained yet: the file holds the starting weights)</translation>
    </message>
    <message>
        <source>Exported {0}{1}.</source>
        <translation>Exported {0}{1}.</translation>
    </message>
    <message>
        <source>Export is not available in this installation.</source>
        <translation>Export is not available in this installation.</translation>
    </message>
    <message>
        <source>This version cannot export {0}.</source>
        <translation>This version cannot export {0}.</translation>
    </message>
    <message>
        <source>Load data before exporting.</source>
        <translation>Load data before exporting.</translation>
    </message>
</context>
<context>
    <name>FeatureMapsPanel</name>
    <message>
        <source>Test picture</source>
        <translation>Test picture</translation>
    </message>
    <message>
        <source>Which test picture the feature maps are made of</source>
        <translation>Which test picture the feature maps are made of</translation>
    </message>
    <message>
        <source>Test picture:</source>
        <translation>Test picture:</translation>
    </message>
    <message>
        <source>Filters: what each filter looks for (blue = positive weight, orange = negative). Feature maps: where the picture matches it (white = strongly).</source>
        <translation>Filters: what each filter looks for (blue = positive weight, orange = negative). Feature maps: where the picture matches it (white = strongly).</translation>
    </message>
    <message>
        <source>Class: {name}</source>
        <translation>Class: {name}</translation>
    </message>
    <message>
        <source>{layer}: {count} filters {height}×{width}</source>
        <translation>{layer}: {count} filters {height}×{width}</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Feature maps</translation>
    </message>
    <message>
        <source>Filter {k} of {layer}</source>
        <translation>Filter {k} of {layer}</translation>
    </message>
    <message>
        <source>Feature map {k} of {layer}: {height}×{width}</source>
        <translation>Feature map {k} of {layer}: {height}×{width}</translation>
    </message>
    <message>
        <source>… {count} more</source>
        <translation>… {count} more</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>A table saved as CSV: one row per example, one column per value.</source>
        <translation>A table saved as CSV: one row per example, one column per value.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Path of a .csv file</translation>
    </message>
    <message>
        <source>The CSV file to import. Type a path and press Enter, or Browse.</source>
        <translation>The CSV file to import. Type a path and press Enter, or Browse.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Pick the CSV file in a file dialog.</source>
        <translation>Pick the CSV file in a file dialog.</translation>
    </message>
    <message>
        <source>The character between the values of a row. Detected automatically; change it if the preview looks wrong.</source>
        <translation>The character between the values of a row. Detected automatically; change it if the preview looks wrong.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Comma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Semicolon  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>Vertical bar  |</translation>
    </message>
    <message>
        <source>Whether the first row holds the column names.</source>
        <translation>Whether the first row holds the column names.</translation>
    </message>
    <message>
        <source>First row has the column names</source>
        <translation>First row has the column names</translation>
    </message>
    <message>
        <source>No header: all rows are data</source>
        <translation>No header: all rows are data</translation>
    </message>
    <message>
        <source>The first rows of the file, as they will be read.</source>
        <translation>The first rows of the file, as they will be read.</translation>
    </message>
    <message>
        <source>Values separated by:</source>
        <translation>Values separated by:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>Open a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>vertical bars</translation>
    </message>
    <message>
        <source>with a header row</source>
        <translation>with a header row</translation>
    </message>
    <message>
        <source>without a header row</source>
        <translation>without a header row</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 column</translation>
    </message>
    <message>
        <source>{n} columns</source>
        <translation>{n} columns</translation>
    </message>
    <message>
        <source>{columns}, values separated by {delimiter}, {header}. File size {size}.</source>
        <translation>{columns}, values separated by {delimiter}, {header}. File size {size}.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>Invert Axis</translation>
    </message>
    <message>
        <source>Link Axis:</source>
        <translation>Link Axis:</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>Mouse Enabled</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>Visible Data Only</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>Auto Pan Only</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>Log X</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>Log Y</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>Show X Grid</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>Show Y Grid</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>Clip to View</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>Subsample</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>Downsample</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>Subtract Mean</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>Power Spectrum (FFT)</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>Max Traces:</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>Forget hidden traces</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>Item to export:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Export format</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>Export options</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GlassBoxView</name>
    <message>
        <source>Step one batch</source>
        <translation>Step one batch</translation>
    </message>
    <message>
        <source>Run one real optimizer step on the next batch of training data</source>
        <translation>Run one real optimizer step on the next batch of training data</translation>
    </message>
    <message>
        <source>Glass box layer</source>
        <translation>Glass box layer</translation>
    </message>
    <message>
        <source>The Dense layer of the neuron to look into</source>
        <translation>The Dense layer of the neuron to look into</translation>
    </message>
    <message>
        <source>Glass box unit</source>
        <translation>Glass box unit</translation>
    </message>
    <message>
        <source>Which neuron of the layer (counting from 0)</source>
        <translation>Which neuron of the layer (counting from 0)</translation>
    </message>
    <message>
        <source>Glass box sample</source>
        <translation>Glass box sample</translation>
    </message>
    <message>
        <source>Which training sample the neuron&apos;s computation is shown for</source>
        <translation>Which training sample the neuron&apos;s computation is shown for</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Training sample:</source>
        <translation>Training sample:</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>What the neuron gets: the previous layer&apos;s outputs, or the data</source>
        <translation>What the neuron gets: the previous layer&apos;s outputs, or the data</translation>
    </message>
    <message>
        <source>The input&apos;s value for the chosen sample</source>
        <translation>The input&apos;s value for the chosen sample</translation>
    </message>
    <message>
        <source>The weight on this input (before the step)</source>
        <translation>The weight on this input (before the step)</translation>
    </message>
    <message>
        <source>The input times its weight: the sum of these plus b is z</source>
        <translation>The input times its weight: the sum of these plus b is z</translation>
    </message>
    <message>
        <source>The gradient: how the loss changes with this weight, on the batch</source>
        <translation>The gradient: how the loss changes with this weight, on the batch</translation>
    </message>
    <message>
        <source>The update the optimizer applied: new weight − old weight</source>
        <translation>The update the optimizer applied: new weight − old weight</translation>
    </message>
    <message>
        <source>new wᵢ</source>
        <translation>new wᵢ</translation>
    </message>
    <message>
        <source>The weight after the step</source>
        <translation>The weight after the step</translation>
    </message>
    <message>
        <source>The neuron&apos;s numbers</source>
        <translation>The neuron&apos;s numbers</translation>
    </message>
    <message>
        <source>Each input, its weight, their product, the gradient and the update of the last step</source>
        <translation>Each input, its weight, their product, the gradient and the update of the last step</translation>
    </message>
    <message>
        <source>The glass box looks at Dense layers; this network has none.</source>
        <translation>The glass box looks at Dense layers; this network has none.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <source>… (%1 terms)</source>
        <translation>… (%1 terms)</translation>
    </message>
    <message>
        <source>%1, unit %2, for training sample %3 (class %4)</source>
        <translation>%1, unit %2, for training sample %3 (class %4)</translation>
    </message>
    <message>
        <source>Step %1 on training samples %2–%3, loss %4 before the step</source>
        <translation>Step %1 on training samples %2–%3, loss %4 before the step</translation>
    </message>
    <message>
        <source>Press “Step one batch” to see the gradient each weight gets and the update %1 applies.</source>
        <translation>Press “Step one batch” to see the gradient each weight gets and the update %1 applies.</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>bias b</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>A step in the network. Each layer takes numbers in, changes them and passes them on to the next layer. The data flows from the input layer to the output layer.</source>
        <translation>A step in the network. Each layer takes numbers in, changes them and passes them on to the next layer. The data flows from the input layer to the output layer.</translation>
    </message>
    <message>
        <source>The blocks on the network canvas. Add more from the layer palette.</source>
        <translation>The blocks on the network canvas. Add more from the layer palette.</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neuron</translation>
    </message>
    <message>
        <source>One small calculator inside a layer. It multiplies each input by a weight, adds them up with a bias and passes the sum through an activation.</source>
        <translation>One small calculator inside a layer. It multiplies each input by a weight, adds them up with a bias and passes the sum through an activation.</translation>
    </message>
    <message>
        <source>A Dense layer&apos;s “units” setting is its number of neurons (in the layer settings).</source>
        <translation>A Dense layer&apos;s “units” setting is its number of neurons (in the layer settings).</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>A number that says how strongly one input counts for a neuron. Training changes the weights, a little at a time, until the answers get better.</source>
        <translation>A number that says how strongly one input counts for a neuron. Training changes the weights, a little at a time, until the answers get better.</translation>
    </message>
    <message>
        <source>Each layer block shows how many parameters (weights and biases) it has.</source>
        <translation>Each layer block shows how many parameters (weights and biases) it has.</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>A number a neuron adds to its sum before the activation, so that it can answer “yes” even when all inputs are zero. It is learnt like a weight.</source>
        <translation>A number a neuron adds to its sum before the activation, so that it can answer “yes” even when all inputs are zero. It is learnt like a weight.</translation>
    </message>
    <message>
        <source>Counted in the parameters of each layer block on the network canvas.</source>
        <translation>Counted in the parameters of each layer block on the network canvas.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>The function a neuron applies to its sum, for example relu (negative numbers become zero) or tanh (squashes into −1…1). Without it, a deep network could only draw straight lines.</source>
        <translation>The function a neuron applies to its sum, for example relu (negative numbers become zero) or tanh (squashes into −1…1). Without it, a deep network could only draw straight lines.</translation>
    </message>
    <message>
        <source>The “Activation” box in the layer settings of a selected layer.</source>
        <translation>The “Activation” box in the layer settings of a selected layer.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>A single number that says how wrong the network&apos;s answers are. Training tries to make it as small as possible.</source>
        <translation>A single number that says how wrong the network&apos;s answers are. Training tries to make it as small as possible.</translation>
    </message>
    <message>
        <source>The “Loss” box in the training settings, and the loss curve.</source>
        <translation>The “Loss” box in the training settings, and the loss curve.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>The method that decides how to change the weights after each batch so that the loss goes down. SGD is the simplest; Adam adapts the step for each weight.</source>
        <translation>The method that decides how to change the weights after each batch so that the loss goes down. SGD is the simplest; Adam adapts the step for each weight.</translation>
    </message>
    <message>
        <source>The “Optimizer” box in the training settings.</source>
        <translation>The “Optimizer” box in the training settings.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>How big each change of the weights is. Too big and the loss jumps around or explodes; too small and learning takes forever.</source>
        <translation>How big each change of the weights is. Too big and the loss jumps around or explodes; too small and learning takes forever.</translation>
    </message>
    <message>
        <source>The “Learning rate” box in the training settings.</source>
        <translation>The “Learning rate” box in the training settings.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>One pass over the whole training set. Training usually runs for many epochs; the curves get one new point per epoch.</source>
        <translation>One pass over the whole training set. Training usually runs for many epochs; the curves get one new point per epoch.</translation>
    </message>
    <message>
        <source>The “Epochs” box in the training settings; the x-axis of the curves.</source>
        <translation>The “Epochs” box in the training settings; the x-axis of the curves.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>A small group of examples the network looks at together before its weights are changed once. Smaller batches mean more, noisier steps.</source>
        <translation>A small group of examples the network looks at together before its weights are changed once. Smaller batches mean more, noisier steps.</translation>
    </message>
    <message>
        <source>The “Batch size” box in the training settings; Step trains one batch.</source>
        <translation>The “Batch size” box in the training settings; Step trains one batch.</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>Overfitting</translation>
    </message>
    <message>
        <source>When the network learns the training examples by heart instead of the general rule. It shows when the training loss keeps falling but the test loss starts to rise.</source>
        <translation>When the network learns the training examples by heart instead of the general rule. It shows when the training loss keeps falling but the test loss starts to rise.</translation>
    </message>
    <message>
        <source>Compare the training and test curves in the loss plot.</source>
        <translation>Compare the training and test curves in the loss plot.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Checking the network on examples it never trained on (validation or test data). Only this tells whether it learnt the rule or just memorised the examples.</source>
        <translation>Checking the network on examples it never trained on (validation or test data). Only this tells whether it learnt the rule or just memorised the examples.</translation>
    </message>
    <message>
        <source>The test (or validation) curves in the loss and accuracy plots.</source>
        <translation>The test (or validation) curves in the loss and accuracy plots.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Where in NN Studio:</source>
        <translation>Where in NN Studio:</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Choose a word to read what it means.</source>
        <translation>Choose a word to read what it means.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>What the chosen word means, and where you meet it in NN Studio.</source>
        <translation>What the chosen word means, and where you meet it in NN Studio.</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Show me</translation>
    </message>
    <message>
        <source>Close the glossary and point at this control in the window.</source>
        <translation>Close the glossary and point at this control in the window.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
</context>
<context>
    <name>ImageFolderDialog</name>
    <message>
        <source>Open a picture folder</source>
        <translation>Open a picture folder</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of pictures per class</source>
        <translation>A folder with one sub-folder of pictures per class</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the folder whose sub-folders (one per class) hold the pictures</source>
        <translation>Choose the folder whose sub-folders (one per class) hold the pictures</translation>
    </message>
    <message>
        <source>{n} × {n} pixels</source>
        <translation>{n} × {n} pixels</translation>
    </message>
    <message>
        <source>Every picture is resized to this: small pictures train fast</source>
        <translation>Every picture is resized to this: small pictures train fast</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Grey pictures have one channel, colour pictures three (red, green, blue)</source>
        <translation>Grey pictures have one channel, colour pictures three (red, green, blue)</translation>
    </message>
    <message>
        <source>How many of the pictures have been read</source>
        <translation>How many of the pictures have been read</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Cancel reading</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <source>Files that are not used, and why; nothing in the folder is changed</source>
        <translation>Files that are not used, and why; nothing in the folder is changed</translation>
    </message>
    <message>
        <source>Replace the network with a small convolutional network for these pictures</source>
        <translation>Replace the network with a small convolutional network for these pictures</translation>
    </message>
    <message>
        <source>Two convolutions with pooling and one output per class: it trains at once. Undo brings your network back.</source>
        <translation>Two convolutions with pooling and one output per class: it trains at once. Undo brings your network back.</translation>
    </message>
    <message>
        <source>Use these pictures</source>
        <translation>Use these pictures</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Choose a picture folder</source>
        <translation>Choose a picture folder</translation>
    </message>
    <message>
        <source>Reading the pictures in {name}…</source>
        <translation>Reading the pictures in {name}…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read. Choose the folder again to read it.</source>
        <translation>Cancelled: nothing was read. Choose the folder again to read it.</translation>
    </message>
    <message>
        <source>Choose a folder that has one sub-folder of pictures for each class, for example cats/ and dogs/.</source>
        <translation>Choose a folder that has one sub-folder of pictures for each class, for example cats/ and dogs/.</translation>
    </message>
    <message>
        <source>{count} pictures in {classes} classes.</source>
        <translation>{count} pictures in {classes} classes.</translation>
    </message>
    <message>
        <source>{name}
{count} pictures</source>
        <translation>{name}
{count} pictures</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{folder}/: no readable pictures, so not a class</source>
        <translation>{folder}/: no readable pictures, so not a class</translation>
    </message>
</context>
<context>
    <name>InsightPart</name>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>Neurons</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predictions</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>Glass box</source>
        <translation>Glass box</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Decision boundary</translation>
    </message>
    <message>
        <source>Weights and gradients</source>
        <translation>Weights and gradients</translation>
    </message>
    <message>
        <source>Predictions browser</source>
        <translation>Predictions browser</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Draw a digit</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>Inside the network</translation>
    </message>
    <message>
        <source>This view could not be drawn because of an internal problem. The log has the details.</source>
        <translation>This view could not be drawn because of an internal problem. The log has the details.</translation>
    </message>
</context>
<context>
    <name>InsightView</name>
    <message>
        <source>No data is loaded, or the network does not fit the data yet.</source>
        <translation>No data is loaded, or the network does not fit the data yet.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Layer inspector</source>
        <translation>Layer inspector</translation>
    </message>
    <message>
        <source>Nothing is selected. Click a block on the canvas to see and change its settings.</source>
        <translation>Nothing is selected. Click a block on the canvas to see and change its settings.</translation>
    </message>
    <message>
        <source>Apply the suggested change (you can undo it).</source>
        <translation>Apply the suggested change (you can undo it).</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Fix: {0}</translation>
    </message>
    <message>
        <source>“{0}” is not a shape: write whole numbers like 8, 8, 1.</source>
        <translation>“{0}” is not a shape: write whole numbers like 8, 8, 1.</translation>
    </message>
    <message>
        <source>Another layer is already called “{0}”; names must differ.</source>
        <translation>Another layer is already called “{0}”; names must differ.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>the settings each layer type shows (``project.layer_types``) key -&gt; (label, explanation), marked for lupdate and translated when shown</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>A label for this layer, shown on its block and in the summary.</source>
        <translation>A label for this layer, shown on its block and in the summary.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>The shape of one sample, e.g. 2 or 8, 8, 1. It follows the data you choose.</source>
        <translation>The shape of one sample, e.g. 2 or 8, 8, 1. It follows the data you choose.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>How many neurons. More can learn more complicated patterns but train slower. The last Dense layer needs one per class.</source>
        <translation>How many neurons. More can learn more complicated patterns but train slower. The last Dense layer needs one per class.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>How many patterns the layer looks for; each gives one output channel.</source>
        <translation>How many patterns the layer looks for; each gives one output channel.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>The size of the square window each filter looks at (3 means 3×3 pixels).</source>
        <translation>The size of the square window each filter looks at (3 means 3×3 pixels).</translation>
    </message>
    <message>
        <source>The size of the window; 2 halves the width and height.</source>
        <translation>The size of the window; 2 halves the width and height.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>How far the window moves at each step; 2 halves the image.</source>
        <translation>How far the window moves at each step; 2 halves the image.</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>“same” pads the border so the image keeps its size; “valid” does not, so the image shrinks a little.</source>
        <translation>“same” pads the border so the image keeps its size; “valid” does not, so the image shrinks a little.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>The function applied to each output. relu is a good default; use linear on the last layer (the loss turns it into probabilities).</source>
        <translation>The function applied to each output. relu is a good default; use linear on the last layer (the loss turns it into probabilities).</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>Adds a learnable offset to every output. Leave it on unless a BatchNormalization follows.</source>
        <translation>Adds a learnable offset to every output. Leave it on unless a BatchNormalization follows.</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>Negative slope</translation>
    </message>
    <message>
        <source>How much of the negative values gets through (0 is plain ReLU).</source>
        <translation>How much of the negative values gets through (0 is plain ReLU).</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>The share of values switched off at random while training (0.2 = 20 %). Nothing is switched off when predicting.</source>
        <translation>The share of values switched off at random while training (0.2 = 20 %). Nothing is switched off when predicting.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>How slowly the running mean and spread of the data change (close to 1 = slowly).</source>
        <translation>How slowly the running mean and spread of the data change (close to 1 = slowly).</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>A tiny number that avoids dividing by zero.</source>
        <translation>A tiny number that avoids dividing by zero.</translation>
    </message>
    <message>
        <source>New shape</source>
        <translation>New shape</translation>
    </message>
    <message>
        <source>e.g. 8, 8, 1. The numbers multiplied must equal the number of values coming in.</source>
        <translation>e.g. 8, 8, 1. The numbers multiplied must equal the number of values coming in.</translation>
    </message>
    <message>
        <source>max(x, 0): the usual choice for hidden layers</source>
        <translation>max(x, 0): the usual choice for hidden layers</translation>
    </message>
    <message>
        <source>like relu, lets a little of the negatives through</source>
        <translation>like relu, lets a little of the negatives through</translation>
    </message>
    <message>
        <source>smooth relu that goes slightly negative</source>
        <translation>smooth relu that goes slightly negative</translation>
    </message>
    <message>
        <source>smooth relu used in transformers</source>
        <translation>smooth relu used in transformers</translation>
    </message>
    <message>
        <source>squeezes into 0…1</source>
        <translation>squeezes into 0…1</translation>
    </message>
    <message>
        <source>squeezes into −1…1</source>
        <translation>squeezes into −1…1</translation>
    </message>
    <message>
        <source>turns outputs into probabilities that add up to 1</source>
        <translation>turns outputs into probabilities that add up to 1</translation>
    </message>
    <message>
        <source>x·sigmoid(x), a smooth relu</source>
        <translation>x·sigmoid(x), a smooth relu</translation>
    </message>
    <message>
        <source>a smooth relu: log(1 + eˣ)</source>
        <translation>a smooth relu: log(1 + eˣ)</translation>
    </message>
    <message>
        <source>no function: the value passes unchanged</source>
        <translation>no function: the value passes unchanged</translation>
    </message>
    <message>
        <source>learn an offset</source>
        <translation>learn an offset</translation>
    </message>
    <message>
        <source>= window</source>
        <translation>= window</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default ({0})</source>
        <translation>System default ({0})</translation>
    </message>
    <message>
        <source>The language stays {0}.</source>
        <translation>The language stays {0}.</translation>
    </message>
    <message>
        <source>NN Studio will use {0} the next time it starts.</source>
        <translation>NN Studio will use {0} the next time it starts.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>LayerCatalog</name>
    <message>
        <source>Core</source>
        <extracomment>strong colour (block header, icon) per family; chosen to stay apart on a projector the palette&apos;s groups, in order: (key, title)</extracomment>
        <translation>Core</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Where the data comes in: its shape follows the data you chose. Every network starts with one.</source>
        <translation>Where the data comes in: its shape follows the data you chose. Every network starts with one.</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <source>A layer of neurons, each connected to every input: the basic building block. Use it for hidden layers and for the output.</source>
        <translation>A layer of neurons, each connected to every input: the basic building block. Use it for hidden layers and for the output.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Keeps positive values and turns negatives into zero: the usual choice to let a network bend its decisions.</source>
        <translation>Keeps positive values and turns negatives into zero: the usual choice to let a network bend its decisions.</translation>
    </message>
    <message>
        <source>LeakyReLU</source>
        <translation>LeakyReLU</translation>
    </message>
    <message>
        <source>Like ReLU but lets a little of the negative values through; use it when many neurons stop learning (stay at zero).</source>
        <translation>Like ReLU but lets a little of the negative values through; use it when many neurons stop learning (stay at zero).</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Applies a function of your choice (tanh, sigmoid, softmax, …) to every value; pick the function in the inspector.</source>
        <translation>Applies a function of your choice (tanh, sigmoid, softmax, …) to every value; pick the function in the inspector.</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularization</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>While training, switches off a random share of values so the network cannot memorise; use it when test accuracy lags behind.</source>
        <translation>While training, switches off a random share of values so the network cannot memorise; use it when test accuracy lags behind.</translation>
    </message>
    <message>
        <source>BatchNormalization</source>
        <translation>BatchNormalization</translation>
    </message>
    <message>
        <source>Rescales values to a steady range between layers; helps deep networks train faster and more reliably.</source>
        <translation>Rescales values to a steady range between layers; helps deep networks train faster and more reliably.</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolution</translation>
    </message>
    <message>
        <source>Conv2D</source>
        <translation>Conv2D</translation>
    </message>
    <message>
        <source>Slides small filters over an image to find edges and shapes; use it first on image data.</source>
        <translation>Slides small filters over an image to find edges and shapes; use it first on image data.</translation>
    </message>
    <message>
        <source>MaxPooling2D</source>
        <translation>MaxPooling2D</translation>
    </message>
    <message>
        <source>Shrinks an image by keeping the largest value of each small window; use it after Conv2D.</source>
        <translation>Shrinks an image by keeping the largest value of each small window; use it after Conv2D.</translation>
    </message>
    <message>
        <source>AveragePooling2D</source>
        <translation>AveragePooling2D</translation>
    </message>
    <message>
        <source>Shrinks an image by averaging each small window; smoother than MaxPooling2D.</source>
        <translation>Shrinks an image by averaging each small window; smoother than MaxPooling2D.</translation>
    </message>
    <message>
        <source>GlobalAveragePooling2D</source>
        <translation>GlobalAveragePooling2D</translation>
    </message>
    <message>
        <source>Averages each channel over the whole image into one number; use it instead of Flatten before Dense.</source>
        <translation>Averages each channel over the whole image into one number; use it instead of Flatten before Dense.</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Flatten</translation>
    </message>
    <message>
        <source>Unrolls an image into one long list of numbers so Dense layers can use it; put it between the convolutions and Dense.</source>
        <translation>Unrolls an image into one long list of numbers so Dense layers can use it; put it between the convolutions and Dense.</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Reshape</translation>
    </message>
    <message>
        <source>Rearranges the values into another shape with the same count, e.g. a list of 64 into an 8×8 image.</source>
        <translation>Rearranges the values into another shape with the same count, e.g. a list of 64 into an 8×8 image.</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Search layers…</source>
        <translation>Search layers…</translation>
    </message>
    <message>
        <source>Type to filter the layers, e.g. “image” or “dropout”.</source>
        <translation>Type to filter the layers, e.g. “image” or “dropout”.</translation>
    </message>
    <message>
        <source>Drag a layer onto the network, or select it and press Enter to add it after the selected block.</source>
        <translation>Drag a layer onto the network, or select it and press Enter to add it after the selected block.</translation>
    </message>
    <message>
        <source>Layer palette</source>
        <translation>Layer palette</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>Edit lesson</source>
        <translation>Edit lesson</translation>
    </message>
    <message>
        <source>Lesson mode: students see the locked view when they open this file</source>
        <translation>Lesson mode: students see the locked view when they open this file</translation>
    </message>
    <message>
        <source>e.g. Bend the boundary</source>
        <translation>e.g. Bend the boundary</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>What should the students do? Plain text, or simple HTML.</source>
        <translation>What should the students do? Plain text, or simple HTML.</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instructions:</translation>
    </message>
    <message>
        <source>unchanged (a password is set)</source>
        <translation>unchanged (a password is set)</translation>
    </message>
    <message>
        <source>none: anyone can unlock from the Lesson menu</source>
        <translation>none: anyone can unlock from the Lesson menu</translation>
    </message>
    <message>
        <source>Students need this password to unlock the controls. Only a scrambled form of it (a hash) is saved in the file.</source>
        <translation>Students need this password to unlock the controls. Only a scrambled form of it (a hash) is saved in the file.</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>Remove the password</translation>
    </message>
    <message>
        <source>Teacher &amp;password:</source>
        <translation>Teacher &amp;password:</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Save lesson</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>What students can see and change</source>
        <translation>What students can see and change</translation>
    </message>
    <message>
        <source>Not in this window</source>
        <translation>Not in this window</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Hide: students do not see the control. Lock: they see it but cannot change it.</source>
        <translation>Hide: students do not see the control. Lock: they see it but cannot change it.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Goal metric</source>
        <translation>Goal metric</translation>
    </message>
    <message>
        <source>At least or at most</source>
        <translation>At least or at most</translation>
    </message>
    <message>
        <source>Goal threshold</source>
        <translation>Goal threshold</translation>
    </message>
    <message>
        <source>Most hidden layers allowed</source>
        <translation>Most hidden layers allowed</translation>
    </message>
    <message>
        <source>any number of</source>
        <translation>any number of</translation>
    </message>
    <message>
        <source>with at most</source>
        <translation>with at most</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>hidden layers</translation>
    </message>
</context>
<context>
    <name>LessonGoal</name>
    <message>
        <source>test accuracy</source>
        <translation>test accuracy</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>validation accuracy</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>training accuracy</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>test loss</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>validation loss</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>training loss</translation>
    </message>
    <message>
        <source>Reach {metric} {op} {threshold}.</source>
        <translation>Reach {metric} {op} {threshold}.</translation>
    </message>
    <message>
        <source>Reach {metric} {op} {threshold} without hidden layers.</source>
        <translation>Reach {metric} {op} {threshold} without hidden layers.</translation>
    </message>
    <message>
        <source>Reach {metric} {op} {threshold} with one hidden layer at most.</source>
        <translation>Reach {metric} {op} {threshold} with one hidden layer at most.</translation>
    </message>
    <message>
        <source>Reach {metric} {op} {threshold} with at most {n} hidden layers.</source>
        <translation>Reach {metric} {op} {threshold} with at most {n} hidden layers.</translation>
    </message>
    <message>
        <source>Too many hidden layers: your network has {hidden}, the goal allows {allowed}.</source>
        <translation>Too many hidden layers: your network has {hidden}, the goal allows {allowed}.</translation>
    </message>
    <message>
        <source>Goal reached! Well done.</source>
        <translation>Goal reached! Well done.</translation>
    </message>
    <message>
        <source>Not reached yet: train the network to see your {metric}.</source>
        <translation>Not reached yet: train the network to see your {metric}.</translation>
    </message>
    <message>
        <source>Not reached yet: your {metric} is {value}.</source>
        <translation>Not reached yet: your {metric} is {value}.</translation>
    </message>
</context>
<context>
    <name>LessonLocks</name>
    <message>
        <source>Locked by your teacher for this lesson.</source>
        <translation>Locked by your teacher for this lesson.</translation>
    </message>
</context>
<context>
    <name>LessonMode</name>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lesson</translation>
    </message>
    <message>
        <source>&amp;Edit lesson…</source>
        <translation>&amp;Edit lesson…</translation>
    </message>
    <message>
        <source>Teacher: choose hidden and locked controls, write instructions and set a goal. They are saved in the project file.</source>
        <translation>Teacher: choose hidden and locked controls, write instructions and set a goal. They are saved in the project file.</translation>
    </message>
    <message>
        <source>&amp;Unlock controls (teacher)…</source>
        <translation>&amp;Unlock controls (teacher)…</translation>
    </message>
    <message>
        <source>Teacher: give back every hidden and locked control in this window.</source>
        <translation>Teacher: give back every hidden and locked control in this window.</translation>
    </message>
    <message>
        <source>&amp;Lock controls (students&apos; view)</source>
        <translation>&amp;Lock controls (students&apos; view)</translation>
    </message>
    <message>
        <source>Show the lesson as students see it: hidden and locked controls.</source>
        <translation>Show the lesson as students see it: hidden and locked controls.</translation>
    </message>
    <message>
        <source>Unlock the lesson?</source>
        <translation>Unlock the lesson?</translation>
    </message>
    <message>
        <source>This gives back every hidden and locked control, for the teacher.

The lesson stays in the file: students who open it again see it locked.</source>
        <translation>This gives back every hidden and locked control, for the teacher.

The lesson stays in the file: students who open it again see it locked.</translation>
    </message>
    <message>
        <source>This lesson is protected. Enter the teacher&apos;s password to unlock the controls:</source>
        <translation>This lesson is protected. Enter the teacher&apos;s password to unlock the controls:</translation>
    </message>
    <message>
        <source>Unlock the lesson</source>
        <translation>Unlock the lesson</translation>
    </message>
    <message>
        <source>That is not the password. Try again:</source>
        <translation>That is not the password. Try again:</translation>
    </message>
    <message>
        <source>Controls unlocked. Lesson ▸ Lock controls shows the students&apos; view again.</source>
        <translation>Controls unlocked. Lesson ▸ Lock controls shows the students&apos; view again.</translation>
    </message>
    <message>
        <source>Lesson saved in the project. Save the file and give it to your students; Lesson ▸ Lock controls shows what they will see.</source>
        <translation>Lesson saved in the project. Save the file and give it to your students; Lesson ▸ Lock controls shows what they will see.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Lesson instructions</source>
        <translation>Lesson instructions</translation>
    </message>
    <message>
        <source>What your teacher asks you to do in this lesson.</source>
        <translation>What your teacher asks you to do in this lesson.</translation>
    </message>
    <message>
        <source>Lesson goal</source>
        <translation>Lesson goal</translation>
    </message>
    <message>
        <source>Turns green when you reach the goal.</source>
        <translation>Turns green when you reach the goal.</translation>
    </message>
    <message>
        <source>Your teacher wrote no instructions for this lesson.</source>
        <translation>Your teacher wrote no instructions for this lesson.</translation>
    </message>
    <message>
        <source>About this project</source>
        <translation>About this project</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Teacher&apos;s note</translation>
    </message>
    <message>
        <source>Lesson ▸ Edit lesson… turns this project into a lesson with instructions and a goal.</source>
        <translation>Lesson ▸ Edit lesson… turns this project into a lesson with instructions and a goal.</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>bump when the docks change, so an older saved arrangement is not restored over the new one</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
</context>
<context>
    <name>MetricPlot</name>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <source>out {0} · {1} params</source>
        <translation>out {0} · {1} params</translation>
    </message>
    <message>
        <source>out ? · shape unknown</source>
        <translation>out ? · shape unknown</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Fix: {0}</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <extracomment>loss class -&gt; (name, detail); marked for lupdate, translated when shown</extracomment>
        <translation>Cross-entropy</translation>
    </message>
    <message>
        <source>sparse categorical</source>
        <translation>sparse categorical</translation>
    </message>
    <message>
        <source>categorical (one-hot)</source>
        <translation>categorical (one-hot)</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Binary cross-entropy</translation>
    </message>
    <message>
        <source>yes/no outputs</source>
        <translation>yes/no outputs</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Mean squared error</translation>
    </message>
    <message>
        <source>average squared difference</source>
        <translation>average squared difference</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Mean absolute error</translation>
    </message>
    <message>
        <source>average difference</source>
        <translation>average difference</translation>
    </message>
    <message>
        <source>Huber loss</source>
        <translation>Huber loss</translation>
    </message>
    <message>
        <source>squared when close, linear when far</source>
        <translation>squared when close, linear when far</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>The loss measures how wrong the network is; training makes it smaller.</source>
        <translation>The loss measures how wrong the network is; training makes it smaller.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>chosen when data is loaded</source>
        <translation>chosen when data is loaded</translation>
    </message>
    <message>
        <source>from logits</source>
        <translation>from logits</translation>
    </message>
    <message>
        <source>from probabilities</source>
        <translation>from probabilities</translation>
    </message>
    <message>
        <source>needs {0} outputs ({0} classes)</source>
        <translation>needs {0} outputs ({0} classes)</translation>
    </message>
    <message>
        <source>needs 1 output (yes or no)</source>
        <translation>needs 1 output (yes or no)</translation>
    </message>
    <message>
        <source>needs 1 output value</source>
        <translation>needs 1 output value</translation>
    </message>
    <message>
        <source>needs {0} output values</source>
        <translation>needs {0} output values</translation>
    </message>
    <message>
        <source>chosen automatically</source>
        <translation>chosen automatically</translation>
    </message>
    <message>
        <source>set in the training settings</source>
        <translation>set in the training settings</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Network diagram</translation>
    </message>
    <message>
        <source>Your network, from the input to the loss. Drop layers between blocks; drag a block to move it; double-click a block to edit it; Ctrl+wheel zooms.</source>
        <translation>Your network, from the input to the loss. Drop layers between blocks; drag a block to move it; double-click a block to edit it; Ctrl+wheel zooms.</translation>
    </message>
    <message>
        <source>Drag a layer here from the palette to start your network.</source>
        <translation>Drag a layer here from the palette to start your network.</translation>
    </message>
</context>
<context>
    <name>NeuronCanvas</name>
    <message>
        <source>Inputs
%1</source>
        <translation>Inputs
%1</translation>
    </message>
    <message>
        <source>%1 units · %2</source>
        <translation>%1 units · %2</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 more</translation>
    </message>
    <message numerus="yes">
        <source>… %n more layer(s)</source>
        <translation>
            <numerusform>… %n more layer</numerusform>
            <numerusform>… %n more layers</numerusform>
        </translation>
    </message>
    <message>
        <source>Weight into %1, from %2 to unit %3: %4</source>
        <translation>Weight into %1, from %2 to unit %3: %4</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Input %1</translation>
    </message>
    <message>
        <source>%1, unit %2 (%3)</source>
        <translation>%1, unit %2 (%3)</translation>
    </message>
    <message>
        <source>bias: %1</source>
        <translation>bias: %1</translation>
    </message>
    <message>
        <source>Click to study it in the glass box</source>
        <translation>Click to study it in the glass box</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
</context>
<context>
    <name>NeuronView</name>
    <message>
        <source>Neurons and weights</source>
        <translation>Neurons and weights</translation>
    </message>
    <message>
        <source>The network&apos;s neurons and the weights between them; hover for values, click a neuron to study it in the glass box</source>
        <translation>The network&apos;s neurons and the weights between them; hover for values, click a neuron to study it in the glass box</translation>
    </message>
    <message>
        <source>Links: blue = positive weight, orange = negative; thicker = larger. Node border: the bias, in the same colours. Hover for exact values; click a neuron to study it in the glass box.</source>
        <translation>Links: blue = positive weight, orange = negative; thicker = larger. Node border: the bias, in the same colours. Hover for exact values; click a neuron to study it in the glass box.</translation>
    </message>
    <message>
        <source>There is no test picture to show.</source>
        <translation>There is no test picture to show.</translation>
    </message>
    <message>
        <source>The neuron view draws networks made of Dense layers. This network has other layers (e.g. convolutions); see Weights and gradients.</source>
        <translation>The neuron view draws networks made of Dense layers. This network has other layers (e.g. convolutions); see Weights and gradients.</translation>
    </message>
</context>
<context>
    <name>PaceSlider</name>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>How fast training runs. Slow it down to watch the curves and the boundary change step by step; the result is the same at every speed.</source>
        <translation>How fast training runs. Slow it down to watch the curves and the boundary change step by step; the result is the same at every speed.</translation>
    </message>
</context>
<context>
    <name>PasteKerasCodeDialog</name>
    <message>
        <source>Paste Keras code</source>
        <extracomment>code longer than this (characters) is read off the UI thread; shorter code reads in milliseconds</extracomment>
        <translation>Paste Keras code</translation>
    </message>
    <message>
        <source>Paste a Keras model: Sequential([...]) or model.add(...), and optionally model.compile(...). NN Studio reads the layers and the optimizer, learning rate and loss; the code is never run.</source>
        <translation>Paste a Keras model: Sequential([...]) or model.add(...), and optionally model.compile(...). NN Studio reads the layers and the optimizer, learning rate and loss; the code is never run.</translation>
    </message>
    <message>
        <source>Only written-out values are read (numbers, text, tuples).</source>
        <translation>Only written-out values are read (numbers, text, tuples).</translation>
    </message>
    <message>
        <source>Build network</source>
        <translation>Build network</translation>
    </message>
    <message>
        <source>Replace the network with the one in the code (Edit ▸ Undo brings it back).</source>
        <translation>Replace the network with the one in the code (Edit ▸ Undo brings it back).</translation>
    </message>
    <message>
        <source>Reading the code…</source>
        <translation>Reading the code…</translation>
    </message>
</context>
<context>
    <name>PictureReadWorker</name>
    <message>
        <source>The pictures are too many for this computer&apos;s memory: choose a smaller size or fewer pictures.</source>
        <translation>The pictures are too many for this computer&apos;s memory: choose a smaller size or fewer pictures.</translation>
    </message>
    <message>
        <source>The pictures could not be read because of an internal error.</source>
        <translation>The pictures could not be read because of an internal error.</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Plot Options</source>
        <translation>Plot Options</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transforms</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>Downsample</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>PredictionsModel</name>
    <message>
        <source>test sample</source>
        <translation>test sample</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>predicted</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confidence</translation>
    </message>
    <message>
        <source>true value</source>
        <translation>true value</translation>
    </message>
    <message>
        <source>predicted value</source>
        <translation>predicted value</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>PredictionsView</name>
    <message>
        <source>Only mistakes</source>
        <translation>Only mistakes</translation>
    </message>
    <message>
        <source>True class:</source>
        <translation>True class:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <source>True class filter</source>
        <translation>True class filter</translation>
    </message>
    <message>
        <source>Show only test samples of this true class</source>
        <translation>Show only test samples of this true class</translation>
    </message>
    <message>
        <source>Show only the test samples the network gets wrong</source>
        <translation>Show only the test samples the network gets wrong</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predictions</translation>
    </message>
    <message>
        <source>Every test sample with its true and predicted label</source>
        <translation>Every test sample with its true and predicted label</translation>
    </message>
    <message>
        <source>The test pictures; mistakes have a red frame</source>
        <translation>The test pictures; mistakes have a red frame</translation>
    </message>
    <message>
        <source>Table or pictures</source>
        <translation>Table or pictures</translation>
    </message>
    <message>
        <source>Show the predictions as a table or as pictures</source>
        <translation>Show the predictions as a table or as pictures</translation>
    </message>
    <message>
        <source>There is no test split to show.</source>
        <translation>There is no test split to show.</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>%1 of %2 test samples</source>
        <translation>%1 of %2 test samples</translation>
    </message>
    <message>
        <source>test sample %1: true %2, predicted %3</source>
        <translation>test sample %1: true %2, predicted %3</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Start a new project with an input and an output layer.</source>
        <translation>Start a new project with an input and an output layer.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a saved .nnstudio project.</source>
        <translation>Open a saved .nnstudio project.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the project: network, data choice, settings, weights and runs.</source>
        <translation>Save the project: network, data choice, settings, weights and runs.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Save the project under a new name.</source>
        <translation>Save the project under a new name.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>Opened {0}.</source>
        <translation>Opened {0}.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Saved {0}.</translation>
    </message>
    <message>
        <source>Cannot open now</source>
        <translation>Cannot open now</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>NN Studio projects (*.nnstudio);;All files (*)</source>
        <translation>NN Studio projects (*.nnstudio);;All files (*)</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Opening {0}…</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <source>NN Studio projects (*.nnstudio)</source>
        <translation>NN Studio projects (*.nnstudio)</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Cannot save the project</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them first?</source>
        <translation>“{0}” has changes that are not saved. Save them first?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
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
        <translation>Read the file</translation>
    </message>
    <message>
        <source>How much of the file has been read.</source>
        <translation>How much of the file has been read.</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Cancel reading</translation>
    </message>
    <message>
        <source>Stop reading the file. Nothing is imported.</source>
        <translation>Stop reading the file. Nothing is imported.</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>Start reading the file again.</source>
        <translation>Start reading the file again.</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Start training (Space)</source>
        <translation>Start training (Space)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause after the current batch (Space); the weights are kept</source>
        <translation>Pause after the current batch (Space); the weights are kept</translation>
    </message>
    <message>
        <source>Step one batch</source>
        <translation>Step one batch</translation>
    </message>
    <message>
        <source>Train on one batch, then pause</source>
        <translation>Train on one batch, then pause</translation>
    </message>
    <message>
        <source>Step one epoch</source>
        <translation>Step one epoch</translation>
    </message>
    <message>
        <source>Train to the end of the epoch, then pause</source>
        <translation>Train to the end of the epoch, then pause</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Train one batch, then pause (the arrow offers one epoch)</source>
        <translation>Train one batch, then pause (the arrow offers one epoch)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>End the run now; the trained weights are kept</source>
        <translation>End the run now; the trained weights are kept</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>Reset weights</translation>
    </message>
    <message>
        <source>Forget what the network learnt: the next Train starts from fresh random weights, as a new run</source>
        <translation>Forget what the network learnt: the next Train starts from fresh random weights, as a new run</translation>
    </message>
    <message>
        <source>How far the run is: the epoch, and the batch within it</source>
        <translation>How far the run is: the epoch, and the batch within it</translation>
    </message>
    <message>
        <source>The time left; the training speed shows here while a run trains</source>
        <translation>The time left; the training speed shows here while a run trains</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <source>Training speed: {0} (samples a second)</source>
        <translation>Training speed: {0} (samples a second)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Cannot train yet: {0}</source>
        <translation>Cannot train yet: {0}</translation>
    </message>
    <message>
        <source>Go on training from here (Space)</source>
        <translation>Go on training from here (Space)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Done: epoch {0}/{1}</source>
        <translation>Done: epoch {0}/{1}</translation>
    </message>
    <message>
        <source>Stopped at epoch {0}/{1}</source>
        <translation>Stopped at epoch {0}/{1}</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}</source>
        <translation>Epoch {0}/{1}</translation>
    </message>
    <message>
        <source>  ·  batch {0}/{1}</source>
        <translation>  ·  batch {0}/{1}</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  (paused)</translation>
    </message>
    <message>
        <source>{0:,.0f} samples/s</source>
        <translation>{0:,.0f} samples/s</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <source>Every training run of this project, newest first. Tick Show to draw an earlier run&apos;s curves dimmed next to the current ones. Double-click a name to rename the run; right-click for more.</source>
        <translation>Every training run of this project, newest first. Tick Show to draw an earlier run&apos;s curves dimmed next to the current ones. Double-click a name to rename the run; right-click for more.</translation>
    </message>
    <message>
        <source>Rename run…</source>
        <translation>Rename run…</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Delete run</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Test score</source>
        <translation>Test score</translation>
    </message>
    <message>
        <source>s/epoch</source>
        <translation>s/epoch</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Test loss</translation>
    </message>
    <message>
        <source>Show this run&apos;s curves dimmed, to compare</source>
        <translation>Show this run&apos;s curves dimmed, to compare</translation>
    </message>
    <message>
        <source>The run&apos;s name and colour</source>
        <translation>The run&apos;s name and colour</translation>
    </message>
    <message>
        <source>How the run ended, or what it is doing</source>
        <translation>How the run ended, or what it is doing</translation>
    </message>
    <message>
        <source>Epochs trained</source>
        <translation>Epochs trained</translation>
    </message>
    <message>
        <source>Optimizer and learning rate at the start</source>
        <translation>Optimizer and learning rate at the start</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>Training loss at the last epoch</source>
        <translation>Training loss at the last epoch</translation>
    </message>
    <message>
        <source>Test loss at the last epoch</source>
        <translation>Test loss at the last epoch</translation>
    </message>
    <message>
        <source>Test accuracy at the last epoch (mean absolute error for numbers)</source>
        <translation>Test accuracy at the last epoch (mean absolute error for numbers)</translation>
    </message>
    <message>
        <source>Seconds per epoch, on average</source>
        <translation>Seconds per epoch, on average</translation>
    </message>
    <message>
        <source>The current run is always shown</source>
        <translation>The current run is always shown</translation>
    </message>
    <message>
        <source>Run {0}</source>
        <translation>Run {0}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>diverged</translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation>Select a run first.</translation>
    </message>
    <message>
        <source>Runs cannot be deleted while a run trains.</source>
        <translation>Runs cannot be deleted while a run trains.</translation>
    </message>
    <message>
        <source>The latest run cannot be deleted: the network&apos;s weights come from it.</source>
        <translation>The latest run cannot be deleted: the network&apos;s weights come from it.</translation>
    </message>
    <message>
        <source>Delete this run and its curves (or press Delete in the table; Edit ▸ Undo brings it back)</source>
        <translation>Delete this run and its curves (or press Delete in the table; Edit ▸ Undo brings it back)</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Rename run</translation>
    </message>
    <message>
        <source>Name of the run:</source>
        <translation>Name of the run:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Train, or pause while training</source>
        <translation>Train, or pause while training</translation>
    </message>
    <message>
        <source>Step: train one batch</source>
        <translation>Step: train one batch</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Stop training</translation>
    </message>
    <message>
        <source>Reset: new random weights</source>
        <translation>Reset: new random weights</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Button</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>{0} is used by more than one command: {1}</source>
        <translation>{0} is used by more than one command: {1}</translation>
    </message>
    <message>
        <source>No two commands share a key.</source>
        <translation>No two commands share a key.</translation>
    </message>
    <message>
        <source>In a text box or on a focused button, Space types or presses as usual.</source>
        <translation>In a text box or on a focused button, Space types or presses as usual.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>The network as Keras&apos;s model.summary() prints it: each layer, the shape of what it outputs and how many numbers (parameters) it learns.</source>
        <extracomment>layers listed in the table; a longer network&apos;s others are counted in one row (a pasted 10,000-layer network&apos;s full table took 0.8 s to make, on the UI thread)</extracomment>
        <translation>The network as Keras&apos;s model.summary() prints it: each layer, the shape of what it outputs and how many numbers (parameters) it learns.</translation>
    </message>
    <message>
        <source>The network fits together: {0} parameters to learn.</source>
        <translation>The network fits together: {0} parameters to learn.</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>Problem: {0}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>1. The layers</source>
        <translation>1. The layers</translation>
    </message>
    <message>
        <source>These are the building blocks. Drag a layer onto the network — or select it and press Enter.</source>
        <translation>These are the building blocks. Drag a layer onto the network — or select it and press Enter.</translation>
    </message>
    <message>
        <source>2. Your network</source>
        <translation>2. Your network</translation>
    </message>
    <message>
        <source>The data flows from the input, through the layers, to the output. Click a layer to change it.</source>
        <translation>The data flows from the input, through the layers, to the output. Click a layer to change it.</translation>
    </message>
    <message>
        <source>3. The data</source>
        <translation>3. The data</translation>
    </message>
    <message>
        <source>Choose the examples the network learns from.</source>
        <translation>Choose the examples the network learns from.</translation>
    </message>
    <message>
        <source>4. Train</source>
        <translation>4. Train</translation>
    </message>
    <message>
        <source>Press Train (or the Space bar) and watch the network learn. Pause, Step and Stop are right next to it.</source>
        <translation>Press Train (or the Space bar) and watch the network learn. Pause, Step and Stop are right next to it.</translation>
    </message>
    <message>
        <source>5. The curves</source>
        <translation>5. The curves</translation>
    </message>
    <message>
        <source>The loss should go down and the accuracy up. Compare the training curve with the test curve.</source>
        <translation>The loss should go down and the accuracy up. Compare the training curve with the test curve.</translation>
    </message>
    <message>
        <source>6. Save and export</source>
        <translation>6. Save and export</translation>
    </message>
    <message>
        <source>Save your project, or export the trained network for Python (Keras, PyTorch, ONNX) from the File menu.</source>
        <translation>Save your project, or export the trained network for Python (Keras, PyTorch, ONNX) from the File menu.</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Skip tour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>optimizer {0} → {1}</source>
        <extracomment>reports a second, batch and epoch ends each: every report costs the UI thread a GIL hand-over and ~0.5 ms; the curves redraw at 20 Hz at most, so more reports would show nothing more while a run is active the UI thread waits at most this long for the GIL (Python&apos;s default, 5 ms, makes each paint of a plot wait several times over behind a Python-heavy worker)</extracomment>
        <translation>optimizer {0} → {1}</translation>
    </message>
    <message>
        <source>{0} settings changed</source>
        <translation>{0} settings changed</translation>
    </message>
    <message>
        <source>learning rate {0:g} → {1:g}</source>
        <translation>learning rate {0:g} → {1:g}</translation>
    </message>
</context>
<context>
    <name>TrainingExport</name>
    <message>
        <source>Could not write the picture to {0}: check that the folder exists and that you may write there.</source>
        <translation>Could not write the picture to {0}: check that the folder exists and that you may write there.</translation>
    </message>
    <message>
        <source>Could not write the history to {0}: {1}.</source>
        <translation>Could not write the history to {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>TrainingPart</name>
    <message>
        <source>Log scale</source>
        <translation>Log scale</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale: small changes late in training become visible</source>
        <translation>Show the loss on a logarithmic scale: small changes late in training become visible</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Zoom so that all of the curves are visible (auto-range)</source>
        <translation>Zoom so that all of the curves are visible (auto-range)</translation>
    </message>
    <message>
        <source>Curves as PNG…</source>
        <translation>Curves as PNG…</translation>
    </message>
    <message>
        <source>History as CSV…</source>
        <translation>History as CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the curves as a PNG picture, or the history of every run as a CSV table</source>
        <translation>Save the curves as a PNG picture, or the history of every run as a CSV table</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Training settings</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Curves</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Train / Pause</source>
        <translation>Train / Pause</translation>
    </message>
    <message>
        <source>Step one batch</source>
        <translation>Step one batch</translation>
    </message>
    <message>
        <source>Step one epoch</source>
        <translation>Step one epoch</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>Reset weights</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Speed</translation>
    </message>
    <message>
        <source>Open Picture Folder…</source>
        <translation>Open Picture Folder…</translation>
    </message>
    <message>
        <source>Train on your own pictures: a folder with one sub-folder per class</source>
        <translation>Train on your own pictures: a folder with one sub-folder per class</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Train on a table of your own: choose the column to predict</source>
        <translation>Train on a table of your own: choose the column to predict</translation>
    </message>
    <message>
        <source>Draw Your Own Examples…</source>
        <translation>Draw Your Own Examples…</translation>
    </message>
    <message>
        <source>Make picture data with the mouse: name the classes, draw a few examples of each, and train on them</source>
        <translation>Make picture data with the mouse: name the classes, draw a few examples of each, and train on them</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>The network cannot be changed while it trains. Stop the run to edit it.</source>
        <translation>The network cannot be changed while it trains. Stop the run to edit it.</translation>
    </message>
    <message>
        <source>Training: epoch {0} of {1}</source>
        <translation>Training: epoch {0} of {1}</translation>
    </message>
    <message>
        <source>Paused after epoch {0}. Press Resume or Step to go on.</source>
        <translation>Paused after epoch {0}. Press Resume or Step to go on.</translation>
    </message>
    <message>
        <source>Paused in epoch {0}, after batch {1} of {2}. Press Resume or Step to go on.</source>
        <translation>Paused in epoch {0}, after batch {1} of {2}. Press Resume or Step to go on.</translation>
    </message>
    <message>
        <source>Training finished after {0} epochs.</source>
        <translation>Training finished after {0} epochs.</translation>
    </message>
    <message>
        <source>Training stopped after {0} epochs; the weights are kept.</source>
        <translation>Training stopped after {0} epochs; the weights are kept.</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>Ready to train.</translation>
    </message>
    <message>
        <source>The training diverged: the loss grew out of control (or stopped being a number) instead of falling. The run is paused and the weights of the last good epoch were restored. Try a lower learning rate, for example {0:g}.</source>
        <translation>The training diverged: the loss grew out of control (or stopped being a number) instead of falling. The run is paused and the weights of the last good epoch were restored. Try a lower learning rate, for example {0:g}.</translation>
    </message>
    <message>
        <source>Use learning rate {0:g}</source>
        <translation>Use learning rate {0:g}</translation>
    </message>
    <message>
        <source>The training diverged and was paused; the last good weights were restored.</source>
        <translation>The training diverged and was paused; the last good weights were restored.</translation>
    </message>
    <message>
        <source>Change learning rate</source>
        <translation>Change learning rate</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>Export curves</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Export training history</source>
        <translation>Export training history</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsPanel</name>
    <message>
        <source>A run is active: only the optimizer and learning rate can change now. Stop the run to change the rest.</source>
        <extracomment>hyperparameters shown only under the &quot;Advanced&quot; fold (plain words by default)</extracomment>
        <translation>A run is active: only the optimizer and learning rate can change now. Stop the run to change the rest.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Regularization and initial weights</source>
        <translation>Regularization and initial weights</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Learning-rate schedule</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Settings a first lesson never needs: the optimizer&apos;s fine print and how the loss reads the network&apos;s output</source>
        <translation>Settings a first lesson never needs: the optimizer&apos;s fine print and how the loss reads the network&apos;s output</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD (plain gradient descent)</source>
        <translation>SGD (plain gradient descent)</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>AdamW (Adam with weight decay)</source>
        <translation>AdamW (Adam with weight decay)</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>How the weights are nudged after each batch. Adam adapts its step for every weight and is a good first choice; SGD takes plain steps downhill.</source>
        <translation>How the weights are nudged after each batch. Adam adapts its step for every weight and is a good first choice; SGD takes plain steps downhill.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>How big each step is. Too small: learning is slow. Too large: the loss jumps around or explodes. The arrows step 1 → 2 → 5 → 10.</source>
        <translation>How big each step is. Too small: learning is slow. Too large: the loss jumps around or explodes. The arrows step 1 → 2 → 5 → 10.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Keeps some of the previous step&apos;s direction, like a ball rolling downhill. 0.9 is common.</source>
        <translation>Keeps some of the previous step&apos;s direction, like a ball rolling downhill. 0.9 is common.</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>look ahead</source>
        <translation>look ahead</translation>
    </message>
    <message>
        <source>Nesterov momentum: measures the slope a little ahead, which often settles faster.</source>
        <translation>Nesterov momentum: measures the slope a little ahead, which often settles faster.</translation>
    </message>
    <message>
        <source>Rho (ρ)</source>
        <translation>Rho (ρ)</translation>
    </message>
    <message>
        <source>How long RMSprop remembers past gradient sizes (0.9 = roughly the last 10 steps).</source>
        <translation>How long RMSprop remembers past gradient sizes (0.9 = roughly the last 10 steps).</translation>
    </message>
    <message>
        <source>Beta 1 (β₁)</source>
        <translation>Beta 1 (β₁)</translation>
    </message>
    <message>
        <source>How long Adam remembers the direction of past gradients (0.9 = roughly 10 steps).</source>
        <translation>How long Adam remembers the direction of past gradients (0.9 = roughly 10 steps).</translation>
    </message>
    <message>
        <source>Beta 2 (β₂)</source>
        <translation>Beta 2 (β₂)</translation>
    </message>
    <message>
        <source>How long Adam remembers the size of past gradients (0.999 = roughly 1000 steps).</source>
        <translation>How long Adam remembers the size of past gradients (0.999 = roughly 1000 steps).</translation>
    </message>
    <message>
        <source>Epsilon (ε)</source>
        <translation>Epsilon (ε)</translation>
    </message>
    <message>
        <source>A tiny number that keeps the optimizer from dividing by zero. Rarely needs changing.</source>
        <translation>A tiny number that keeps the optimizer from dividing by zero. Rarely needs changing.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Weight decay</translation>
    </message>
    <message>
        <source>Shrinks every weight a little at each step, which keeps the network simple.</source>
        <translation>Shrinks every weight a little at each step, which keeps the network simple.</translation>
    </message>
    <message>
        <source>From logits: the loss turns the last layer&apos;s raw scores into probabilities itself (more exact than a softmax layer). From probabilities: the last layer already gives probabilities.</source>
        <translation>From logits: the loss turns the last layer&apos;s raw scores into probabilities itself (more exact than a softmax layer). From probabilities: the last layer already gives probabilities.</translation>
    </message>
    <message>
        <source>Loss reads</source>
        <translation>Loss reads</translation>
    </message>
    <message>
        <source>Initial accumulator</source>
        <translation>Initial accumulator</translation>
    </message>
    <message>
        <source>Where Adagrad&apos;s sum of squared gradients starts.</source>
        <translation>Where Adagrad&apos;s sum of squared gradients starts.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>How many samples the network looks at before each weight update. Small batches: noisy but frequent steps. Large batches: smooth but fewer steps.</source>
        <translation>How many samples the network looks at before each weight update. Small batches: noisy but frequent steps. Large batches: smooth but fewer steps.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>How many times the network goes through all the training data.</source>
        <translation>How many times the network goes through all the training data.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>What the network tries to make small: how wrong its answers are. Automatic picks cross-entropy for classes and mean squared error for numbers.</source>
        <translation>What the network tries to make small: how wrong its answers are. Automatic picks cross-entropy for classes and mean squared error for numbers.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Keeps this share of the training data aside to check, after every epoch, how the network does on data it does not learn from.</source>
        <translation>Keeps this share of the training data aside to check, after every epoch, how the network does on data it does not learn from.</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Early stopping</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Stops when the (validation) loss has not improved for this many epochs, and keeps the best weights. Off: always train all epochs.</source>
        <translation>Stops when the (validation) loss has not improved for this many epochs, and keeps the best weights. Off: always train all epochs.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The starting point of the random numbers: the same seed gives the same initial weights and the same shuffling, so a run can be repeated exactly.</source>
        <translation>The starting point of the random numbers: the same seed gives the same initial weights and the same shuffling, so a run can be repeated exactly.</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> epochs</translation>
    </message>
    <message>
        <source>L1 strength</source>
        <translation>L1 strength</translation>
    </message>
    <message>
        <source>Pushes weights towards exactly zero, so the network uses fewer connections. 0 = off.</source>
        <translation>Pushes weights towards exactly zero, so the network uses fewer connections. 0 = off.</translation>
    </message>
    <message>
        <source>L2 strength</source>
        <translation>L2 strength</translation>
    </message>
    <message>
        <source>Keeps weights small, which often helps the network work on new data. 0 = off.</source>
        <translation>Keeps weights small, which often helps the network work on new data. 0 = off.</translation>
    </message>
    <message>
        <source>each layer&apos;s own</source>
        <translation>each layer&apos;s own</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Initial weights</translation>
    </message>
    <message>
        <source>How the weights are drawn before training starts (e.g. glorot_uniform, he_normal).</source>
        <translation>How the weights are drawn before training starts (e.g. glorot_uniform, he_normal).</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <source>step (drop every few epochs)</source>
        <translation>step (drop every few epochs)</translation>
    </message>
    <message>
        <source>exponential (shrink every epoch)</source>
        <translation>exponential (shrink every epoch)</translation>
    </message>
    <message>
        <source>cosine (smooth to zero)</source>
        <translation>cosine (smooth to zero)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>How the learning rate changes during training. Lowering it late lets the network settle.</source>
        <translation>How the learning rate changes during training. Lowering it late lets the network settle.</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>The step schedule multiplies the learning rate by the factor every this many epochs.</source>
        <translation>The step schedule multiplies the learning rate by the factor every this many epochs.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>What the learning rate is multiplied by (step: at each step; exponential: every epoch).</source>
        <translation>What the learning rate is multiplied by (step: at each step; exponential: every epoch).</translation>
    </message>
    <message>
        <source>Automatic: {0}</source>
        <translation>Automatic: {0}</translation>
    </message>
    <message>
        <source>chosen from the data</source>
        <translation>chosen from the data</translation>
    </message>
    <message>
        <source>raw scores (from logits)</source>
        <translation>raw scores (from logits)</translation>
    </message>
    <message>
        <source>probabilities</source>
        <translation>probabilities</translation>
    </message>
    <message>
        <source>the network&apos;s output as it is</source>
        <translation>the network&apos;s output as it is</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Change {0}</translation>
    </message>
    <message>
        <source>cross-entropy (class numbers)</source>
        <translation>cross-entropy (class numbers)</translation>
    </message>
    <message>
        <source>cross-entropy (one-hot)</source>
        <translation>cross-entropy (one-hot)</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>binary cross-entropy</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>mean squared error</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>mean absolute error</translation>
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
        <translation>Shortcut: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingThread</name>
    <message>
        <source>The training stopped because of an internal problem. The log has the details.</source>
        <translation>The training stopped because of an internal problem. The log has the details.</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>ViewBox options</source>
        <translation>ViewBox options</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>View All</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>axis</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>Mouse Mode</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>3 button</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>1 button</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>Weights and gradients</source>
        <translation>Weights and gradients</translation>
    </message>
    <message>
        <source>Per layer: the weights now, and how weights and gradients spread over the epochs</source>
        <translation>Per layer: the weights now, and how weights and gradients spread over the epochs</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>weight value</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>gradient value</source>
        <translation>gradient value</translation>
    </message>
    <message>
        <source>This network has no layers with weights yet.</source>
        <translation>This network has no layers with weights yet.</translation>
    </message>
    <message>
        <source>Weights now</source>
        <translation>Weights now</translation>
    </message>
    <message>
        <source>Weights over the epochs</source>
        <translation>Weights over the epochs</translation>
    </message>
    <message>
        <source>Gradients over the epochs (probe batch)</source>
        <translation>Gradients over the epochs (probe batch)</translation>
    </message>
    <message>
        <source>dead ReLU units: %1 of %2 (%3 %)</source>
        <translation>dead ReLU units: %1 of %2 (%3 %)</translation>
    </message>
    <message>
        <source>No ReLU layers, so no dead units to count. Heatmaps: brighter = more weights (gradients) with that value at that epoch.</source>
        <translation>No ReLU layers, so no dead units to count. Heatmaps: brighter = more weights (gradients) with that value at that epoch.</translation>
    </message>
    <message>
        <source>Dead ReLU units (output 0 for every probe sample): %1. Heatmaps: brighter = more weights (gradients) with that value at that epoch.</source>
        <translation>Dead ReLU units (output 0 for every probe sample): %1. Heatmaps: brighter = more weights (gradients) with that value at that epoch.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Insert {layer}</source>
        <extracomment>commands with the same id and target may merge (typing in a spin box is one undo step)</extracomment>
        <translation>Insert {layer}</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>Delete layer</translation>
    </message>
    <message>
        <source>Duplicate layer</source>
        <translation>Duplicate layer</translation>
    </message>
    <message>
        <source>Move layer</source>
        <translation>Move layer</translation>
    </message>
    <message>
        <source>Change {settings}</source>
        <translation>Change {settings}</translation>
    </message>
    <message>
        <source>Replace network</source>
        <translation>Replace network</translation>
    </message>
    <message>
        <source>Change data</source>
        <translation>Change data</translation>
    </message>
    <message>
        <source>Change training settings</source>
        <translation>Change training settings</translation>
    </message>
    <message>
        <source>Load example</source>
        <translation>Load example</translation>
    </message>
    <message>
        <source>Rename run {id} to “{name}”</source>
        <translation>Rename run {id} to “{name}”</translation>
    </message>
    <message>
        <source>Delete run “{name}”</source>
        <translation>Delete run “{name}”</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Points inside a circle against points in a ring around it.</source>
        <translation>Points inside a circle against points in a ring around it.</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>Exclusive or</translation>
    </message>
    <message>
        <source>Four squares: the class is whether x and y have the same sign.</source>
        <translation>Four squares: the class is whether x and y have the same sign.</translation>
    </message>
    <message>
        <source>Two gaussians</source>
        <translation>Two gaussians</translation>
    </message>
    <message>
        <source>Two round clouds of points; more noise makes them overlap.</source>
        <translation>Two round clouds of points; more noise makes them overlap.</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spiral</translation>
    </message>
    <message>
        <source>Two spiral arms wound into each other: hard for a small network.</source>
        <translation>Two spiral arms wound into each other: hard for a small network.</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Two moons</translation>
    </message>
    <message>
        <source>Two interlocking half moons (scikit-learn&apos;s make_moons).</source>
        <translation>Two interlocking half moons (scikit-learn&apos;s make_moons).</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plane</translation>
    </message>
    <message>
        <source>Predict a value that rises evenly from one corner to the other.</source>
        <translation>Predict a value that rises evenly from one corner to the other.</translation>
    </message>
    <message>
        <source>Multiple gaussians</source>
        <translation>Multiple gaussians</translation>
    </message>
    <message>
        <source>Predict a landscape of six hills and valleys.</source>
        <translation>Predict a landscape of six hills and valleys.</translation>
    </message>
    <message>
        <source>Iris flowers</source>
        <translation>Iris flowers</translation>
    </message>
    <message>
        <source>150 iris flowers, 4 measurements each, 3 species (bundled with scikit-learn).</source>
        <translation>150 iris flowers, 4 measurements each, 3 species (bundled with scikit-learn).</translation>
    </message>
    <message>
        <source>Wine</source>
        <translation>Wine</translation>
    </message>
    <message>
        <source>178 wines, 13 chemical measurements, 3 grape cultivars (bundled with scikit-learn).</source>
        <translation>178 wines, 13 chemical measurements, 3 grape cultivars (bundled with scikit-learn).</translation>
    </message>
    <message>
        <source>Breast cancer</source>
        <translation>Breast cancer</translation>
    </message>
    <message>
        <source>569 tumour samples, 30 measurements, malignant or benign (bundled with scikit-learn).</source>
        <translation>569 tumour samples, 30 measurements, malignant or benign (bundled with scikit-learn).</translation>
    </message>
    <message>
        <source>Handwritten digits</source>
        <translation>Handwritten digits</translation>
    </message>
    <message>
        <source>1797 handwritten digits 0–9 as 8×8 gray images (bundled with scikit-learn).</source>
        <translation>1797 handwritten digits 0–9 as 8×8 gray images (bundled with scikit-learn).</translation>
    </message>
    <message>
        <source>Drawn shapes</source>
        <translation>Drawn shapes</translation>
    </message>
    <message>
        <source>Circles, squares and triangles drawn at random places, sizes and angles, as 28×28 gray pictures (made on this computer: no download).</source>
        <translation>Circles, squares and triangles drawn at random places, sizes and angles, as 28×28 gray pictures (made on this computer: no download).</translation>
    </message>
    <message>
        <source>Classic example</source>
        <translation>Classic example</translation>
    </message>
    <message>
        <source>The data for the classic Keras example: 32 numbers per sample, 10 classes.</source>
        <translation>The data for the classic Keras example: 32 numbers per sample, 10 classes.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>Your own table of numbers from a CSV file.</source>
        <translation>Your own table of numbers from a CSV file.</translation>
    </message>
    <message>
        <source>Picture folder</source>
        <translation>Picture folder</translation>
    </message>
    <message>
        <source>Your own pictures: a folder with one sub-folder of pictures per class.</source>
        <translation>Your own pictures: a folder with one sub-folder of pictures per class.</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>circle</translation>
    </message>
    <message>
        <source>square</source>
        <translation>square</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triangle</translation>
    </message>
</context>
<context>
    <name>error_text</name>
    <message>
        <source>This needs more memory than the computer has.</source>
        <translation>This needs more memory than the computer has.</translation>
    </message>
    <message>
        <source>The system refused: {0}{1}.</source>
        <translation>The system refused: {0}{1}.</translation>
    </message>
    <message>
        <source>An internal problem stopped this; your project was not changed. The log has the details.</source>
        <translation>An internal problem stopped this; your project was not changed. The log has the details.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Reading the data was cancelled.</source>
        <translation>Reading the data was cancelled.</translation>
    </message>
    <message>
        <source>Row {row}: a cell is far too long. Probably a quote mark (&quot;) in this row is never closed.</source>
        <translation>Row {row}: a cell is far too long. Probably a quote mark (&quot;) in this row is never closed.</translation>
    </message>
    <message>
        <source>{first} In all, {count} rows have the wrong number of cells: rows {rows}.</source>
        <extracomment>how many row numbers a message lists</extracomment>
        <translation>{first} In all, {count} rows have the wrong number of cells: rows {rows}.</translation>
    </message>
    <message>
        <source>{first} In all, {count} rows have the wrong number of cells; the first are rows {rows}.</source>
        <translation>{first} In all, {count} rows have the wrong number of cells; the first are rows {rows}.</translation>
    </message>
    <message>
        <source>column &quot;{column}&quot; is missing</source>
        <translation>column &quot;{column}&quot; is missing</translation>
    </message>
    <message>
        <source>columns &quot;{first}&quot; to &quot;{last}&quot; are missing</source>
        <translation>columns &quot;{first}&quot; to &quot;{last}&quot; are missing</translation>
    </message>
    <message>
        <source>{cells} after the last column &quot;{column}&quot;</source>
        <translation>{cells} after the last column &quot;{column}&quot;</translation>
    </message>
    <message>
        <source> A quote mark (&quot;) in this row may be unclosed.</source>
        <translation> A quote mark (&quot;) in this row may be unclosed.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} but the table has {width} columns ({detail}). Check that row for a missing or extra {delimiter}.{hint}</source>
        <translation>Row {row} has {cells} but the table has {width} columns ({detail}). Check that row for a missing or extra {delimiter}.{hint}</translation>
    </message>
    <message>
        <source>1 cell</source>
        <translation>1 cell</translation>
    </message>
    <message>
        <source>{count} cells</source>
        <translation>{count} cells</translation>
    </message>
    <message>
        <source> Write decimals with a point (1.5, not 1,5).</source>
        <translation> Write decimals with a point (1.5, not 1,5).</translation>
    </message>
    <message>
        <source> Inputs must be numbers: fix that cell, or leave the column out.</source>
        <translation> Inputs must be numbers: fix that cell, or leave the column out.</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: &quot;{cell}&quot; is not a number.{hint}</source>
        <translation>Row {row}, column &quot;{column}&quot;: &quot;{cell}&quot; is not a number.{hint}</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot; (chosen as {role}). Its columns are: {columns}.</source>
        <translation>The file has no column &quot;{column}&quot; (chosen as {role}). Its columns are: {columns}.</translation>
    </message>
    <message>
        <source>The file has only one column, so there is nothing to learn from. A CSV file needs input columns and a target column, separated by commas, semicolons, tabs or |. If the preview shows whole rows in one column, choose the separator the file uses.</source>
        <translation>The file has only one column, so there is nothing to learn from. A CSV file needs input columns and a target column, separated by commas, semicolons, tabs or |. If the preview shows whole rows in one column, choose the separator the file uses.</translation>
    </message>
    <message>
        <source>The file has only a header row (row {row}) and no data rows. Add the data below it, or, if that row is data, choose “No header”.</source>
        <translation>The file has only a header row (row {row}) and no data rows. Add the data below it, or, if that row is data, choose “No header”.</translation>
    </message>
    <message>
        <source>The file has no data rows.</source>
        <translation>The file has no data rows.</translation>
    </message>
    <message>
        <source>{columns} hold numbers written with a decimal comma (like 3,5), which NN Studio reads as text. Save the file with decimal points (3.5) — in a spreadsheet, export the CSV with English number settings — and open it again.</source>
        <translation>{columns} hold numbers written with a decimal comma (like 3,5), which NN Studio reads as text. Save the file with decimal points (3.5) — in a spreadsheet, export the CSV with English number settings — and open it again.</translation>
    </message>
    <message>
        <source>Besides the target “{target}” the file has no column to learn from.</source>
        <translation>Besides the target “{target}” the file has no column to learn from.</translation>
    </message>
    <message>
        <source>Every column besides the target is text that differs in almost every row (like names), so none is used as an input. If a column does hold groups or numbers, set its “Used as” to Category or Number.</source>
        <translation>Every column besides the target is text that differs in almost every row (like names), so none is used as an input. If a column does hold groups or numbers, set its “Used as” to Category or Number.</translation>
    </message>
    <message>
        <source>No column is used as an input. Set the “Used as” of at least one column besides the target to Number, Category or Date.</source>
        <translation>No column is used as an input. Set the “Used as” of at least one column besides the target to Number, Category or Date.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>Choose at least one input column besides the target &quot;{target}&quot;.</source>
        <translation>Choose at least one input column besides the target &quot;{target}&quot;.</translation>
    </message>
    <message>
        <source>Column &quot;{target}&quot; is the target, so it cannot also be an input.</source>
        <translation>Column &quot;{target}&quot; is the target, so it cannot also be an input.</translation>
    </message>
    <message>
        <source>Each input column can be chosen only once.</source>
        <translation>Each input column can be chosen only once.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: the value is too large or infinite to use.</source>
        <translation>Row {row}, column &quot;{column}&quot;: the value is too large or infinite to use.</translation>
    </message>
    <message>
        <source> Text labels cannot be predicted as numbers (regression); choose classification instead.</source>
        <translation> Text labels cannot be predicted as numbers (regression); choose classification instead.</translation>
    </message>
    <message>
        <source> The other values of this column are numbers, a quantity to predict: correct that cell, or empty it (a row without a target is left out).</source>
        <translation> The other values of this column are numbers, a quantity to predict: correct that cell, or empty it (a row without a target is left out).</translation>
    </message>
    <message>
        <source>more than {count}</source>
        <translation>more than {count}</translation>
    </message>
    <message>
        <source>The target column &quot;{target}&quot; has {count} different values: too many classes (at most {limit}). If it is a measured number, choose regression.</source>
        <translation>The target column &quot;{target}&quot; has {count} different values: too many classes (at most {limit}). If it is a measured number, choose regression.</translation>
    </message>
    <message>
        <source>The target column &quot;{target}&quot; has only one class (&quot;{label}&quot;) in the rows used. A classifier needs at least two different classes.</source>
        <translation>The target column &quot;{target}&quot; has only one class (&quot;{label}&quot;) in the rows used. A classifier needs at least two different classes.</translation>
    </message>
    <message>
        <source>The target column &quot;{target}&quot; has only one class in the rows used. A classifier needs at least two different classes.</source>
        <translation>The target column &quot;{target}&quot; has only one class in the rows used. A classifier needs at least two different classes.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>The file has a header row but no data rows.</translation>
    </message>
    <message>
        <source>The target column &quot;{target}&quot; has no values at all: every row is empty.</source>
        <translation>The target column &quot;{target}&quot; has no values at all: every row is empty.</translation>
    </message>
    <message>
        <source>No rows are left after leaving out the rows with missing values (column &quot;{column}&quot; has the most gaps). Choose to fill missing values with the mean instead, or leave that column out.</source>
        <translation>No rows are left after leaving out the rows with missing values (column &quot;{column}&quot; has the most gaps). Choose to fill missing values with the mean instead, or leave that column out.</translation>
    </message>
    <message>
        <source>The file has only {count} usable data row; at least 2 are needed (some for training, some for testing).</source>
        <translation>The file has only {count} usable data row; at least 2 are needed (some for training, some for testing).</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; has no values at all: every row is empty or missing. Leave it out of the inputs.</source>
        <translation>Column &quot;{column}&quot; has no values at all: every row is empty or missing. Leave it out of the inputs.</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: the value {value} is too large to use (NN Studio computes with numbers up to {largest}).</source>
        <extracomment>inputs larger than this are refused: the network computes in float32 (at most 3.4e38), and standardising squares the values (1e308 would overflow to infinity and turn into NaN)</extracomment>
        <translation>Row {row}, column &quot;{column}&quot;: the value {value} is too large to use (NN Studio computes with numbers up to {largest}).</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; has no numbers at all: every row is empty or missing. Leave it out of the inputs.</source>
        <translation>Column &quot;{column}&quot; has no numbers at all: every row is empty or missing. Leave it out of the inputs.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <source>This is not a CSV text file: it contains binary data (row {row} has a zero byte). Choose a .csv file saved from a spreadsheet or a text editor.</source>
        <extracomment>a number written with a decimal comma (3,5): read as text, which messages explain</extracomment>
        <translation>This is not a CSV text file: it contains binary data (row {row} has a zero byte). Choose a .csv file saved from a spreadsheet or a text editor.</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>column {number}</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;</source>
        <translation>Row {row}, column &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>{where}: the file is not UTF-8 text (byte 0x{byte:02X} cannot be read). Save it as &quot;CSV UTF-8&quot; in your spreadsheet program and try again.</source>
        <translation>{where}: the file is not UTF-8 text (byte 0x{byte:02X} cannot be read). Save it as &quot;CSV UTF-8&quot; in your spreadsheet program and try again.</translation>
    </message>
    <message>
        <source>The file &quot;{path}&quot; does not exist.</source>
        <translation>The file &quot;{path}&quot; does not exist.</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; is a folder, not a CSV file.</source>
        <translation>&quot;{path}&quot; is a folder, not a CSV file.</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; is not an ordinary file (it is a pipe, a device or a socket), so NN Studio does not read it.</source>
        <translation>&quot;{path}&quot; is not an ordinary file (it is a pipe, a device or a socket), so NN Studio does not read it.</translation>
    </message>
    <message>
        <source>The file &quot;{path}&quot; cannot be opened: {reason}.</source>
        <translation>The file &quot;{path}&quot; cannot be opened: {reason}.</translation>
    </message>
    <message>
        <source>The file is empty: it has no rows.</source>
        <translation>The file is empty: it has no rows.</translation>
    </message>
    <message>
        <source>The first row of the file is longer than {limit} KB, so it cannot be read as a table&apos;s header. Leave out columns you do not need (in a spreadsheet), or check that this is a CSV file.</source>
        <translation>The first row of the file is longer than {limit} KB, so it cannot be read as a table&apos;s header. Leave out columns you do not need (in a spreadsheet), or check that this is a CSV file.</translation>
    </message>
    <message>
        <source>The start of the file cannot be read as a table: a cell is far too long. Probably a quote mark (&quot;) is never closed.</source>
        <translation>The start of the file cannot be read as a table: a cell is far too long. Probably a quote mark (&quot;) is never closed.</translation>
    </message>
    <message>
        <source>A data spec must be a dictionary with a &quot;name&quot;. Received: {spec!r}.</source>
        <translation>A data spec must be a dictionary with a &quot;name&quot;. Received: {spec!r}.</translation>
    </message>
    <message>
        <source>There is no data set called {name!r}. Choose one of: {names}, csv or image_folder.</source>
        <translation>There is no data set called {name!r}. Choose one of: {names}, csv or image_folder.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a number from {low} to {high}. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; must be a number from {low} to {high}. Received: {key}={value!r}.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder.</source>
        <translation>The folder {path} does not exist or is not a folder.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be read: {reason}</source>
        <translation>The folder {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>not inside a class folder</source>
        <translation>not inside a class folder</translation>
    </message>
    <message>
        <source>The folder {path} has no sub-folders. Put the pictures of each class in a sub-folder of its own, for example cats/ and dogs/.</source>
        <translation>The folder {path} has no sub-folders. Put the pictures of each class in a sub-folder of its own, for example cats/ and dogs/.</translation>
    </message>
    <message>
        <source>The folder {path} has {count} sub-folders; at most {limit} classes are supported.</source>
        <translation>The folder {path} has {count} sub-folders; at most {limit} classes are supported.</translation>
    </message>
    <message>
        <source>The class folders in {path} are empty: there are no pictures to read.</source>
        <translation>The class folders in {path} are empty: there are no pictures to read.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number from {low} to {high}. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; must be a whole number from {low} to {high}. Received: {key}={value!r}.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be one of {options}. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; must be one of {options}. Received: {key}={value!r}.</translation>
    </message>
    <message>
        <source>not a picture Pillow can read</source>
        <translation>not a picture Pillow can read</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <source>None of the {count} files under {path} could be read as a picture.</source>
        <translation>None of the {count} files under {path} could be read as a picture.</translation>
    </message>
    <message>
        <source>The folder {path} has pictures of one class only ({name}). A classifier needs at least two: add a sub-folder for each other class.</source>
        <translation>The folder {path} has pictures of one class only ({name}). A classifier needs at least two: add a sub-folder for each other class.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; must be true or false. Received: {key}={value!r}.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a non-empty text. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; must be a non-empty text. Received: {key}={value!r}.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of names. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; must be a list of names. Received: {key}={value!r}.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must map column names to a role ({roles}) and a way to treat gaps ({choices}). Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; must map column names to a role ({roles}) and a way to treat gaps ({choices}). Received: {key}={value!r}.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must list one or more different features from {names}. Received: {key}={value!r}.</source>
        <translation>&quot;{key}&quot; must list one or more different features from {names}. Received: {key}={value!r}.</translation>
    </message>
    <message>
        <source>The data set &quot;{name}&quot; has no setting {unknown}. Its settings are: {settings}.</source>
        <translation>The data set &quot;{name}&quot; has no setting {unknown}. Its settings are: {settings}.</translation>
    </message>
    <message>
        <source>Need at least 2 samples to make a training and a test set; found {count}.</source>
        <translation>Need at least 2 samples to make a training and a test set; found {count}.</translation>
    </message>
    <message>
        <source>Input features must be a non-empty list of different names from {names}. Received: {value}.</source>
        <translation>Input features must be a non-empty list of different names from {names}. Received: {value}.</translation>
    </message>
    <message>
        <source>Expected points with 2 coordinates, got shape {shape}.</source>
        <translation>Expected points with 2 coordinates, got shape {shape}.</translation>
    </message>
    <message>
        <source>Cannot standardize: the training split has no samples.</source>
        <translation>Cannot standardize: the training split has no samples.</translation>
    </message>
    <message>
        <source>Expected images of {size} pixels, got shape {shape}.</source>
        <translation>Expected images of {size} pixels, got shape {shape}.</translation>
    </message>
    <message>
        <source>Unknown activation. Expected one of {names}. Received: activation={value!r}</source>
        <extracomment>Names offered to users (``silu`` is an alias of ``swish``).</extracomment>
        <translation>Unknown activation. Expected one of {names}. Received: activation={value!r}</translation>
    </message>
    <message>
        <source>Unknown floatx type. Expected &apos;float32&apos; or &apos;float64&apos;. Received: value={value!r}</source>
        <translation>Unknown floatx type. Expected &apos;float32&apos; or &apos;float64&apos;. Received: value={value!r}</translation>
    </message>
    <message>
        <source>Expected a non-negative integer seed. Received: seed={seed!r}</source>
        <translation>Expected a non-negative integer seed. Received: seed={seed!r}</translation>
    </message>
    <message>
        <source>Expected &apos;auto&apos;, &apos;min&apos; or &apos;max&apos;. Received: mode={mode!r}</source>
        <translation>Expected &apos;auto&apos;, &apos;min&apos; or &apos;max&apos;. Received: mode={mode!r}</translation>
    </message>
    <message>
        <source>Expected a non-negative integer. Received: {arg}={value!r}</source>
        <translation>Expected a non-negative integer. Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected a number in [0, 1). Received: {arg}={value!r}</source>
        <translation>Expected a number in [0, 1). Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>validation_split={value} leaves no validation samples out of {samples}.</source>
        <translation>validation_split={value} leaves no validation samples out of {samples}.</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>inputs</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>targets</translation>
    </message>
    <message>
        <source>The {what} contain {count} missing or infinite value(s) (NaN/Inf). Remove or fill them before training.</source>
        <translation>The {what} contain {count} missing or infinite value(s) (NaN/Inf). Remove or fill them before training.</translation>
    </message>
    <message>
        <source>Unknown initializer. Expected one of {names}. Received: initializer={value!r}</source>
        <extracomment>Names offered to users.</extracomment>
        <translation>Unknown initializer. Expected one of {names}. Received: initializer={value!r}</translation>
    </message>
    <message>
        <source>Unknown layer type {name!r}. Supported layers: {supported}. Received: class_name={name!r}</source>
        <translation>Unknown layer type {name!r}. Supported layers: {supported}. Received: class_name={name!r}</translation>
    </message>
    <message>
        <source>Expected an integer or a pair of positive integers. Received: {arg}={value!r}</source>
        <translation>Expected an integer or a pair of positive integers. Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected positive integers. Received: {arg}={value!r}</source>
        <translation>Expected positive integers. Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected &apos;valid&apos; or &apos;same&apos;. Received: padding={padding!r}</source>
        <translation>Expected &apos;valid&apos; or &apos;same&apos;. Received: padding={padding!r}</translation>
    </message>
    <message>
        <source>ReLU supports only its default {arg}. Received: {arg}={value!r}</source>
        <translation>ReLU supports only its default {arg}. Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected a non-negative number. Received: {arg}={value!r}</source>
        <translation>Expected a non-negative number. Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected a positive integer. Received: {arg}={value!r}</source>
        <translation>Expected a positive integer. Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>a vector of {size}</source>
        <translation>a vector of {size}</translation>
    </message>
    <message>
        <source>an image {height}×{width}×{channels}</source>
        <translation>an image {height}×{width}×{channels}</translation>
    </message>
    <message>
        <source>a tensor of shape {dims}</source>
        <translation>a tensor of shape {dims}</translation>
    </message>
    <message>
        <source>Unrecognized keyword argument for {layer}. Received: {key}={value!r}</source>
        <extracomment>what a .keras file holds for this layer besides its get_config(): the Keras arguments the engine does not have, at the values it behaves as (engine/saving/keras_layers.py writes them) Keras writes the input shape it was built for (``build_config``) with this layer keys of get_config beyond name/trainable; subclasses list their constructor arguments</extracomment>
        <translation>Unrecognized keyword argument for {layer}. Received: {key}={value!r}</translation>
    </message>
    <message>
        <source>Expected a non-empty string. Received: name={name!r}</source>
        <translation>Expected a non-empty string. Received: name={name!r}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; expects {expected} weight arrays, but received {received}.</source>
        <translation>Layer &apos;{layer}&apos; expects {expected} weight arrays, but received {received}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; weight &apos;{weight}&apos; has shape {expected}, but the value given has shape {received}.</source>
        <translation>Layer &apos;{layer}&apos; weight &apos;{weight}&apos; has shape {expected}, but the value given has shape {received}.</translation>
    </message>
    <message>
        <source>{layer_type} &apos;{layer}&apos;: {reason}</source>
        <extracomment>True for layers that can apply the ReLU of the layer below, forward and backward (see __init__)</extracomment>
        <translation>{layer_type} &apos;{layer}&apos;: {reason}</translation>
    </message>
    <message>
        <source>Only channels-last images are supported. Received: data_format={value!r}</source>
        <translation>Only channels-last images are supported. Received: data_format={value!r}</translation>
    </message>
    <message>
        <source>Conv2D supports only dilation_rate=1 and groups=1.</source>
        <translation>Conv2D supports only dilation_rate=1 and groups=1.</translation>
    </message>
    <message>
        <source>Conv2D needs an image (height, width, channels); it gets {shape}.</source>
        <translation>Conv2D needs an image (height, width, channels); it gets {shape}.</translation>
    </message>
    <message>
        <source>its {height}×{width} window does not fit in {shape}; use padding &apos;same&apos; or a smaller kernel.</source>
        <translation>its {height}×{width} window does not fit in {shape}; use padding &apos;same&apos; or a smaller kernel.</translation>
    </message>
    <message>
        <source>Expected an input shape. Received: shape=None</source>
        <translation>Expected an input shape. Received: shape=None</translation>
    </message>
    <message>
        <source>Expected a tuple of positive integers. Received: shape={shape!r}</source>
        <translation>Expected a tuple of positive integers. Received: shape={shape!r}</translation>
    </message>
    <message>
        <source>the data gives {data}, but the input is set to {input}.</source>
        <translation>the data gives {data}, but the input is set to {input}.</translation>
    </message>
    <message>
        <source>Dense needs a vector; it gets {shape}. Add a Flatten layer before it.</source>
        <translation>Dense needs a vector; it gets {shape}. Add a Flatten layer before it.</translation>
    </message>
    <message>
        <source>Dropout supports only noise_shape=None. Received: noise_shape={value!r}</source>
        <translation>Dropout supports only noise_shape=None. Received: noise_shape={value!r}</translation>
    </message>
    <message>
        <source>Expected a non-negative integer or None. Received: seed={value!r}</source>
        <translation>Expected a non-negative integer or None. Received: seed={value!r}</translation>
    </message>
    <message>
        <source>Expected an integer axis. Received: axis={axis!r}</source>
        <translation>Expected an integer axis. Received: axis={axis!r}</translation>
    </message>
    <message>
        <source>Expected a positive number. Received: {arg}={value!r}</source>
        <translation>Expected a positive number. Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>BatchNormalization supports only center=True and scale=True.</source>
        <translation>BatchNormalization supports only center=True and scale=True.</translation>
    </message>
    <message>
        <source>only the last axis (channels) can be normalised.</source>
        <translation>only the last axis (channels) can be normalised.</translation>
    </message>
    <message>
        <source>{layer_type} needs an image (height, width, channels); it gets {shape}.</source>
        <translation>{layer_type} needs an image (height, width, channels); it gets {shape}.</translation>
    </message>
    <message>
        <source>its {height}×{width} window does not fit in {shape}.</source>
        <translation>its {height}×{width} window does not fit in {shape}.</translation>
    </message>
    <message>
        <source>Expected a tuple of integers. Received: target_shape={value!r}</source>
        <translation>Expected a tuple of integers. Received: target_shape={value!r}</translation>
    </message>
    <message>
        <source>Expected positive sizes (at most one -1). Received: target_shape={value!r}</source>
        <translation>Expected positive sizes (at most one -1). Received: target_shape={value!r}</translation>
    </message>
    <message>
        <source>cannot reshape {shape} ({total} numbers) to {target}.</source>
        <translation>cannot reshape {shape} ({total} numbers) to {target}.</translation>
    </message>
    <message>
        <source>cannot reshape {shape} ({total} numbers) to {target} ({known} numbers).</source>
        <translation>cannot reshape {shape} ({total} numbers) to {target} ({known} numbers).</translation>
    </message>
    <message>
        <source>Targets of shape {targets} do not match the model&apos;s output of shape {output}.</source>
        <translation>Targets of shape {targets} do not match the model&apos;s output of shape {output}.</translation>
    </message>
    <message>
        <source>Got {labels} labels for {predictions} predictions.</source>
        <extracomment>the accuracy flavour Keras picks for ``metrics=[&apos;accuracy&apos;]`` with this loss</extracomment>
        <translation>Got {labels} labels for {predictions} predictions.</translation>
    </message>
    <message>
        <source>Class labels must be 0 … {last} for an output of {units} units; got {low} … {high}.</source>
        <translation>Class labels must be 0 … {last} for an output of {units} units; got {low} … {high}.</translation>
    </message>
    <message>
        <source>label_smoothing is not supported. Received: label_smoothing={value!r}</source>
        <translation>label_smoothing is not supported. Received: label_smoothing={value!r}</translation>
    </message>
    <message>
        <source>Unknown loss. Expected one of {names}. Received: loss={value!r}</source>
        <extracomment>Names offered to users.</extracomment>
        <translation>Unknown loss. Expected one of {names}. Received: loss={value!r}</translation>
    </message>
    <message>
        <source>&apos;accuracy&apos; needs a classification loss; the loss is {loss!r}. Received: metrics={value!r}</source>
        <translation>&apos;accuracy&apos; needs a classification loss; the loss is {loss!r}. Received: metrics={value!r}</translation>
    </message>
    <message>
        <source>Unknown metric. Expected &apos;accuracy&apos;, &apos;mae&apos; or &apos;mse&apos;. Received: metrics={value!r}</source>
        <translation>Unknown metric. Expected &apos;accuracy&apos;, &apos;mae&apos; or &apos;mse&apos;. Received: metrics={value!r}</translation>
    </message>
    <message>
        <source>Expected a string. Received: name={name!r}</source>
        <translation>Expected a string. Received: name={name!r}</translation>
    </message>
    <message>
        <source>Expected a layer. Received: layer={layer!r}</source>
        <translation>Expected a layer. Received: layer={layer!r}</translation>
    </message>
    <message>
        <source>An Input can only be the first entry of a Sequential model.</source>
        <translation>An Input can only be the first entry of a Sequential model.</translation>
    </message>
    <message>
        <source>The model does not know its input shape yet: add an Input layer.</source>
        <translation>The model does not know its input shape yet: add an Input layer.</translation>
    </message>
    <message>
        <source>The model does not know its input shape yet: add an Input layer or call build().</source>
        <translation>The model does not know its input shape yet: add an Input layer or call build().</translation>
    </message>
    <message>
        <source>{layer_type} &apos;{layer}&apos; was built for inputs of shape {built}, but now gets {shape}.</source>
        <translation>{layer_type} &apos;{layer}&apos; was built for inputs of shape {built}, but now gets {shape}.</translation>
    </message>
    <message>
        <source>{layer_type} &apos;{layer}&apos; (the first layer) expects each sample to be {expected}, but the data gives {data}.</source>
        <translation>{layer_type} &apos;{layer}&apos; (the first layer) expects each sample to be {expected}, but the data gives {data}.</translation>
    </message>
    <message>
        <source>The model has {expected} weight arrays, but {given} were given.</source>
        <translation>The model has {expected} weight arrays, but {given} were given.</translation>
    </message>
    <message>
        <source>Model &apos;{model}&apos; is not built yet: give it an Input or call build().</source>
        <translation>Model &apos;{model}&apos; is not built yet: give it an Input or call build().</translation>
    </message>
    <message>
        <source>No such layer: {name}. Existing layers are: {names}.</source>
        <translation>No such layer: {name}. Existing layers are: {names}.</translation>
    </message>
    <message>
        <source>Expected a loss. Received: loss=None</source>
        <translation>Expected a loss. Received: loss=None</translation>
    </message>
    <message>
        <source>Expected a list of metrics. Received: metrics={value!r}</source>
        <translation>Expected a list of metrics. Received: metrics={value!r}</translation>
    </message>
    <message>
        <source>You must call compile() before training or evaluating the model.</source>
        <translation>You must call compile() before training or evaluating the model.</translation>
    </message>
    <message>
        <source>Expected targets. Received: y=None</source>
        <translation>Expected targets. Received: y=None</translation>
    </message>
    <message>
        <source>Class labels must be one number per sample; they have shape {shape}. Use categorical cross-entropy for one-hot targets.</source>
        <translation>Class labels must be one number per sample; they have shape {shape}. Use categorical cross-entropy for one-hot targets.</translation>
    </message>
    <message>
        <source>Class labels must be whole numbers 0, 1, 2, …</source>
        <translation>Class labels must be whole numbers 0, 1, 2, …</translation>
    </message>
    <message>
        <source>Class labels must be whole numbers 0, 1, 2, …; they are of type {dtype}.</source>
        <translation>Class labels must be whole numbers 0, 1, 2, …; they are of type {dtype}.</translation>
    </message>
    <message>
        <source>The inputs have {inputs} samples but the targets have {targets}.</source>
        <translation>The inputs have {inputs} samples but the targets have {targets}.</translation>
    </message>
    <message>
        <source>There is no data to train on (0 samples).</source>
        <translation>There is no data to train on (0 samples).</translation>
    </message>
    <message>
        <source>Class labels need a vector output, but the model gives {shape}.</source>
        <translation>Class labels need a vector output, but the model gives {shape}.</translation>
    </message>
    <message>
        <source>Class labels must be 0 … {last} for an output of {units} units; the data has labels from {low} to {high}.</source>
        <translation>Class labels must be 0 … {last} for an output of {units} units; the data has labels from {low} to {high}.</translation>
    </message>
    <message>
        <source>Each target has shape {target}, but the model&apos;s output has shape {output}.</source>
        <translation>Each target has shape {target}, but the model&apos;s output has shape {output}.</translation>
    </message>
    <message>
        <source>Unknown optimizer. Expected one of {names}. Received: optimizer={value!r}</source>
        <extracomment>Names offered to users.</extracomment>
        <translation>Unknown optimizer. Expected one of {names}. Received: optimizer={value!r}</translation>
    </message>
    <message>
        <source>Expected a number {op} {low:g}. Received: {arg}={value!r}</source>
        <extracomment>flat updates of at least this many elements are split across threads (below, threads cost more)</extracomment>
        <translation>Expected a number {op} {low:g}. Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected a number {op} {low:g} and &lt; {high:g}. Received: {arg}={value!r}</source>
        <translation>Expected a number {op} {low:g} and &lt; {high:g}. Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>{optimizer} does not support {arg}. Received: {arg}={value!r}</source>
        <extracomment>the formula&apos;s hyperparameters besides the learning rate: name -&gt; (lowest, below) of a number (below None: no upper bound) or ``bool``; checked on construction, returned by get_config</extracomment>
        <translation>{optimizer} does not support {arg}. Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>Unrecognized argument for {optimizer}. Received: {arg}={value!r}</source>
        <translation>Unrecognized argument for {optimizer}. Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>The saved optimizer state is {saved}&apos;s, not {optimizer}&apos;s.</source>
        <translation>The saved optimizer state is {saved}&apos;s, not {optimizer}&apos;s.</translation>
    </message>
    <message>
        <source>Saved optimizer state {key!r} does not match the network.</source>
        <translation>Saved optimizer state {key!r} does not match the network.</translation>
    </message>
    <message>
        <source>Unknown regularizer. Expected &apos;l1&apos;, &apos;l2&apos;, &apos;l1_l2&apos; or a Regularizer. Received: kernel_regularizer={value!r}</source>
        <translation>Unknown regularizer. Expected &apos;l1&apos;, &apos;l2&apos;, &apos;l1_l2&apos; or a Regularizer. Received: kernel_regularizer={value!r}</translation>
    </message>
    <message>
        <source>a Keras file</source>
        <translation>a Keras file</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; has no input shape yet, so {what} cannot describe it: add an Input layer first.</source>
        <translation>The model &apos;{model}&apos; has no input shape yet, so {what} cannot describe it: add an Input layer first.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({layer_type}) cannot be saved as {what}: it is not one of the layers Keras and NN Studio share.</source>
        <translation>Layer &apos;{layer}&apos; ({layer_type}) cannot be saved as {what}: it is not one of the layers Keras and NN Studio share.</translation>
    </message>
    <message>
        <source>contains &apos;/&apos;</source>
        <translation>contains &apos;/&apos;</translation>
    </message>
    <message>
        <source>is used by two layers</source>
        <translation>is used by two layers</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; cannot be saved as {what}: its name {why}; Keras needs unique names without &apos;/&apos;. Rename the layer.</source>
        <translation>Layer &apos;{layer}&apos; cannot be saved as {what}: its name {why}; Keras needs unique names without &apos;/&apos;. Rename the layer.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; cannot be saved as {what}: its {activation} activation has a non-default parameter, which Keras&apos;s activation names cannot carry.</source>
        <translation>Layer &apos;{layer}&apos; cannot be saved as {what}: its {activation} activation has a non-default parameter, which Keras&apos;s activation names cannot carry.</translation>
    </message>
    <message>
        <source>Invalid filepath extension for saving. Use a `.keras` extension. Received: filepath={filepath}</source>
        <translation>Invalid filepath extension for saving. Use a `.keras` extension. Received: filepath={filepath}</translation>
    </message>
    <message>
        <source>a .keras file</source>
        <translation>a .keras file</translation>
    </message>
    <message>
        <source>{file} is a Keras 2 (legacy HDF5) model file; NN Studio reads the Keras 3 .keras format. Re-save the model with Keras 3 as .keras.</source>
        <translation>{file} is a Keras 2 (legacy HDF5) model file; NN Studio reads the Keras 3 .keras format. Re-save the model with Keras 3 as .keras.</translation>
    </message>
    <message>
        <source>The filename must end in `.weights.h5`. Received: filepath={filepath}</source>
        <translation>The filename must end in `.weights.h5`. Received: filepath={filepath}</translation>
    </message>
    <message>
        <source>a .weights.h5 file</source>
        <translation>a .weights.h5 file</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <extracomment>the Keras release whose file layout this mirrors (checked against files it wrote)</extracomment>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>Cannot write {path}: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist.</source>
        <translation>Cannot write {file}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>{path} already exists (overwrite=False).</source>
        <translation>{path} already exists (overwrite=False).</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {reason}.</source>
        <extracomment>a temporary file untouched this long belongs to a save that was killed: it is removed</extracomment>
        <translation>Cannot write to the folder {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Could not write {path}: {reason}.</translation>
    </message>
    <message>
        <source>{source} is not a complete Keras model file: {member} is missing.</source>
        <translation>{source} is not a complete Keras model file: {member} is missing.</translation>
    </message>
    <message>
        <source>{source} is not a Keras model file (it is not a .keras zip archive).</source>
        <translation>{source} is not a Keras model file (it is not a .keras zip archive).</translation>
    </message>
    <message>
        <source>{source} keeps its weights as model.weights.npz, which NN Studio cannot read.</source>
        <translation>{source} keeps its weights as model.weights.npz, which NN Studio cannot read.</translation>
    </message>
    <message>
        <source>{source} is damaged: its config.json does not describe a model.</source>
        <translation>{source} is damaged: its config.json does not describe a model.</translation>
    </message>
    <message>
        <source>{source} is damaged: its Normalization layer has no usable mean and variance.</source>
        <translation>{source} is damaged: its Normalization layer has no usable mean and variance.</translation>
    </message>
    <message>
        <source>{source} holds a Keras {kind} model; NN Studio reads Sequential models only.</source>
        <translation>{source} holds a Keras {kind} model; NN Studio reads Sequential models only.</translation>
    </message>
    <message>
        <source>{source} is damaged: its model has no list of layers.</source>
        <translation>{source} is damaged: its model has no list of layers.</translation>
    </message>
    <message>
        <source>{source}: the network cannot be rebuilt: {reason}</source>
        <translation>{source}: the network cannot be rebuilt: {reason}</translation>
    </message>
    <message>
        <source>{source} holds a network of {params} parameters, which needs {size} of memory to open, more than this computer has ({memory}).</source>
        <translation>{source} holds a network of {params} parameters, which needs {size} of memory to open, more than this computer has ({memory}).</translation>
    </message>
    <message>
        <source>{source} is damaged: it is nested too deeply to read.</source>
        <translation>{source} is damaged: it is nested too deeply to read.</translation>
    </message>
    <message>
        <source>{source}: the model cannot be rebuilt: {reason}</source>
        <translation>{source}: the model cannot be rebuilt: {reason}</translation>
    </message>
    <message>
        <source>{source} is damaged: its model description cannot be read.</source>
        <translation>{source} is damaged: its model description cannot be read.</translation>
    </message>
    <message>
        <source>{problem} Load it with compile=False to get the network without its training settings.</source>
        <translation>{problem} Load it with compile=False to get the network without its training settings.</translation>
    </message>
    <message>
        <source>The model&apos;s optimizer {spec!r} is not in a form NN Studio can read.</source>
        <translation>The model&apos;s optimizer {spec!r} is not in a form NN Studio can read.</translation>
    </message>
    <message>
        <source>The model&apos;s optimizer uses a learning-rate schedule, which NN Studio does not support.</source>
        <translation>The model&apos;s optimizer uses a learning-rate schedule, which NN Studio does not support.</translation>
    </message>
    <message>
        <source>The model is compiled with the {name} optimizer; NN Studio supports {supported}.</source>
        <translation>The model is compiled with the {name} optimizer; NN Studio supports {supported}.</translation>
    </message>
    <message>
        <source>The model&apos;s {name} optimizer has a setting NN Studio does not support: {reason}</source>
        <translation>The model&apos;s {name} optimizer has a setting NN Studio does not support: {reason}</translation>
    </message>
    <message>
        <source>The model is compiled with the loss {name!r}, which NN Studio does not have.</source>
        <translation>The model is compiled with the loss {name!r}, which NN Studio does not have.</translation>
    </message>
    <message>
        <source>The model&apos;s loss uses reduction={value!r}; NN Studio averages over the batch.</source>
        <translation>The model&apos;s loss uses reduction={value!r}; NN Studio averages over the batch.</translation>
    </message>
    <message>
        <source>The model&apos;s loss sets {key}={value!r}, which NN Studio does not support.</source>
        <translation>The model&apos;s loss sets {key}={value!r}, which NN Studio does not support.</translation>
    </message>
    <message>
        <source>The model&apos;s training settings are not in a form NN Studio can read.</source>
        <translation>The model&apos;s training settings are not in a form NN Studio can read.</translation>
    </message>
    <message>
        <source>The model is compiled with {key}, which NN Studio does not support.</source>
        <translation>The model is compiled with {key}, which NN Studio does not support.</translation>
    </message>
    <message>
        <source>The model&apos;s training settings cannot be used: {reason}</source>
        <translation>The model&apos;s training settings cannot be used: {reason}</translation>
    </message>
    <message>
        <source>{where} uses the activation {value!r}, which NN Studio does not have. Supported activations: {names}.</source>
        <extracomment>engine activation name -&gt; Keras&apos;s serialised name (Keras 3 writes swish as its alias silu) Keras arguments the engine does not have; reading accepts them only at these values Keras arguments that change nothing once the weights are loaded</extracomment>
        <translation>{where} uses the activation {value!r}, which NN Studio does not have. Supported activations: {names}.</translation>
    </message>
    <message>
        <source>{where} uses the regularizer {name!r}; NN Studio supports L1, L2 and L1L2.</source>
        <translation>{where} uses the regularizer {name!r}; NN Studio supports L1, L2 and L1L2.</translation>
    </message>
    <message>
        <source>Layer {number} of the model is not described in a form NN Studio can read.</source>
        <translation>Layer {number} of the model is not described in a form NN Studio can read.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({kind})</source>
        <translation>Layer &apos;{layer}&apos; ({kind})</translation>
    </message>
    <message>
        <source>The model uses a {kind} layer (&apos;{layer}&apos;), which NN Studio cannot read. Supported layers: {supported}.</source>
        <translation>The model uses a {kind} layer (&apos;{layer}&apos;), which NN Studio cannot read. Supported layers: {supported}.</translation>
    </message>
    <message>
        <source>{where} sets {key}={value!r}; NN Studio supports only {key}={default!r}.</source>
        <translation>{where} sets {key}={value!r}; NN Studio supports only {key}={default!r}.</translation>
    </message>
    <message>
        <source>{where} has a setting NN Studio does not support: {reason}</source>
        <translation>{where} has a setting NN Studio does not support: {reason}</translation>
    </message>
    <message>
        <source>{source} is damaged: the weight {group}/{key} is missing or not numbers.</source>
        <translation>{source} is damaged: the weight {group}/{key} is missing or not numbers.</translation>
    </message>
    <message>
        <source>The model must be built (given an input shape) before weights can be loaded into it.</source>
        <translation>The model must be built (given an input shape) before weights can be loaded into it.</translation>
    </message>
    <message>
        <source>{source} is not a weights file NN Studio can read (not HDF5).</source>
        <translation>{source} is not a weights file NN Studio can read (not HDF5).</translation>
    </message>
    <message>
        <source>{source} is a Keras 2 (legacy HDF5) file; NN Studio reads the Keras 3 format. Re-save it with Keras 3 as .keras or .weights.h5.</source>
        <translation>{source} is a Keras 2 (legacy HDF5) file; NN Studio reads the Keras 3 format. Re-save it with Keras 3 as .keras or .weights.h5.</translation>
    </message>
    <message>
        <source>{source} has no weights for layer &apos;{layer}&apos; ({layer_type}); it was saved from a different network.</source>
        <translation>{source} has no weights for layer &apos;{layer}&apos; ({layer_type}); it was saved from a different network.</translation>
    </message>
    <message>
        <source>{source} holds {count} weights for layer &apos;{layer}&apos; ({layer_type}), which has {expected}; it was saved from a different network.</source>
        <translation>{source} holds {count} weights for layer &apos;{layer}&apos; ({layer_type}), which has {expected}; it was saved from a different network.</translation>
    </message>
    <message>
        <source>{source}: the {weight} of layer &apos;{layer}&apos; has shape {shape} in the file but {expected} in the network.</source>
        <translation>{source}: the {weight} of layer &apos;{layer}&apos; has shape {shape} in the file but {expected} in the network.</translation>
    </message>
    <message>
        <source>{what} must have a name ending in {suffix} (Keras reads them only then). Received: {file}</source>
        <translation>{what} must have a name ending in {suffix} (Keras reads them only then). Received: {file}</translation>
    </message>
    <message>
        <source>A Keras model file</source>
        <translation>A Keras model file</translation>
    </message>
    <message>
        <source>A Keras weights file</source>
        <translation>A Keras weights file</translation>
    </message>
    <message>
        <source>a NumPy .npz file</source>
        <translation>a NumPy .npz file</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>a JSON file</translation>
    </message>
    <message>
        <source>a Keras .keras file</source>
        <translation>a Keras .keras file</translation>
    </message>
    <message>
        <source>a Keras .weights.h5 file</source>
        <translation>a Keras .weights.h5 file</translation>
    </message>
    <message>
        <source>ONNX</source>
        <translation>ONNX</translation>
    </message>
    <message>
        <source>Keras code</source>
        <translation>Keras code</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch code</translation>
    </message>
    <message>
        <source>Unknown export format {format!r}. Choose one of: {formats}.</source>
        <translation>Unknown export format {format!r}. Choose one of: {formats}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({kind}) cannot be exported to {title}: NN Studio does not know how to write this layer type.</source>
        <translation>Layer &apos;{layer}&apos; ({kind}) cannot be exported to {title}: NN Studio does not know how to write this layer type.</translation>
    </message>
    <message>
        <source>Two layers are called &apos;{layer}&apos;; {title} keys weights by layer name. Rename one of them.</source>
        <translation>Two layers are called &apos;{layer}&apos;; {title} keys weights by layer name. Rename one of them.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; ({kind}) uses an activation ({activation}) that cannot be exported to {title}.</source>
        <translation>Layer &apos;{layer}&apos; ({kind}) uses an activation ({activation}) that cannot be exported to {title}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; cannot be exported to {title}: its {weight} contains NaN or infinite values (did training diverge?). Reset or retrain the network.</source>
        <translation>Layer &apos;{layer}&apos; cannot be exported to {title}: its {weight} contains NaN or infinite values (did training diverge?). Reset or retrain the network.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; (BatchNormalization) cannot be exported to PyTorch code: torch normalises tensors of at most 3 axes per sample, and this one gets {axes}.</source>
        <translation>Layer &apos;{layer}&apos; (BatchNormalization) cannot be exported to PyTorch code: torch normalises tensors of at most 3 axes per sample, and this one gets {axes}.</translation>
    </message>
    <message>
        <source>The model has no input shape yet, so it cannot be exported to {title}: add an Input layer (or train it once) first.</source>
        <translation>The model has no input shape yet, so it cannot be exported to {title}: add an Input layer (or train it once) first.</translation>
    </message>
    <message>
        <source>The model has no layers to export to {title}.</source>
        <translation>The model has no layers to export to {title}.</translation>
    </message>
    <message>
        <source>There is no training history to export yet: train the network first.</source>
        <translation>There is no training history to export yet: train the network first.</translation>
    </message>
    <message>
        <source>The training history entry {key!r} is not a list of numbers.</source>
        <translation>The training history entry {key!r} is not a list of numbers.</translation>
    </message>
    <message>
        <source>{source} is not a JSON file.</source>
        <translation>{source} is not a JSON file.</translation>
    </message>
    <message>
        <source>{source} cannot be read: {reason}.</source>
        <translation>{source} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>{source} is not a network exported by NN Studio (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>{source} is not a network exported by NN Studio (no &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <source>{source} was written by a newer NN Studio (format version {version!r}); update NN Studio to read it.</source>
        <translation>{source} was written by a newer NN Studio (format version {version!r}); update NN Studio to read it.</translation>
    </message>
    <message>
        <source>{source} has no list of weights.</source>
        <translation>{source} has no list of weights.</translation>
    </message>
    <message>
        <source>{source}: the weight {key} is not a regular array of numbers.</source>
        <translation>{source}: the weight {key} is not a regular array of numbers.</translation>
    </message>
    <message>
        <source>{source}: the training settings cannot be used: {reason}</source>
        <translation>{source}: the training settings cannot be used: {reason}</translation>
    </message>
    <message>
        <source>{source} is not a NumPy .npz file NN Studio can read.</source>
        <translation>{source} is not a NumPy .npz file NN Studio can read.</translation>
    </message>
    <message>
        <source>{source} holds a single array, not a saved network (.npz).</source>
        <translation>{source} holds a single array, not a saved network (.npz).</translation>
    </message>
    <message>
        <source>{source} has no {key} entry, so the network it belongs to is unknown. Export it from NN Studio as .npz.</source>
        <translation>{source} has no {key} entry, so the network it belongs to is unknown. Export it from NN Studio as .npz.</translation>
    </message>
    <message>
        <source>{source}: {key} is not a JSON text.</source>
        <translation>{source}: {key} is not a JSON text.</translation>
    </message>
    <message>
        <source>{source}: {key} is not valid JSON.</source>
        <translation>{source}: {key} is not valid JSON.</translation>
    </message>
    <message>
        <source>{source} is damaged: {reason}</source>
        <translation>{source} is damaged: {reason}</translation>
    </message>
    <message>
        <source>The activation {name!r} has no ONNX form.</source>
        <translation>The activation {name!r} has no ONNX form.</translation>
    </message>
    <message>
        <source>No ONNX form for step {op}.</source>
        <translation>No ONNX form for step {op}.</translation>
    </message>
    <message>
        <source>ONNX export needs the &apos;onnx&apos; package: pip install onnx</source>
        <translation>ONNX export needs the &apos;onnx&apos; package: pip install onnx</translation>
    </message>
    <message>
        <source>The ONNX graph for &apos;{model}&apos; failed ONNX&apos;s checks: {reason}</source>
        <translation>The ONNX graph for &apos;{model}&apos; failed ONNX&apos;s checks: {reason}</translation>
    </message>
    <message>
        <source>{source} does not describe a network (its architecture has no list of layers).</source>
        <translation>{source} does not describe a network (its architecture has no list of layers).</translation>
    </message>
    <message>
        <source>{source}: the network has no input shape, so its weights cannot be placed.</source>
        <translation>{source}: the network has no input shape, so its weights cannot be placed.</translation>
    </message>
    <message>
        <source>{source} has no {weight} for layer &apos;{layer}&apos;.</source>
        <translation>{source} has no {weight} for layer &apos;{layer}&apos;.</translation>
    </message>
    <message>
        <source>{source}: the {weight} of layer &apos;{layer}&apos; is not numbers.</source>
        <translation>{source}: the {weight} of layer &apos;{layer}&apos; is not numbers.</translation>
    </message>
    <message>
        <source>The training setting {key} must be a positive whole number; it is {value!r}.</source>
        <translation>The training setting {key} must be a positive whole number; it is {value!r}.</translation>
    </message>
    <message>
        <source>The optimizer cannot be written as code: {reason}</source>
        <translation>The optimizer cannot be written as code: {reason}</translation>
    </message>
    <message>
        <source>The loss cannot be written as code: {reason}</source>
        <translation>The loss cannot be written as code: {reason}</translation>
    </message>
    <message>
        <source>The optimizer {name} cannot be written as code.</source>
        <translation>The optimizer {name} cannot be written as code.</translation>
    </message>
    <message>
        <source>The loss {name} cannot be written as code.</source>
        <translation>The loss {name} cannot be written as code.</translation>
    </message>
    <message>
        <source>The metric {name!r} cannot be written as code; use accuracy, mae or mse.</source>
        <translation>The metric {name!r} cannot be written as code; use accuracy, mae or mse.</translation>
    </message>
    <message>
        <source>Expected two different features of {count}. Received: {x}, {y}</source>
        <translation>Expected two different features of {count}. Received: {x}, {y}</translation>
    </message>
    <message>
        <source>This network is too large to look inside here ({params} parameters; these views show networks of up to {limit}).</source>
        <translation>This network is too large to look inside here ({params} parameters; these views show networks of up to {limit}).</translation>
    </message>
    <message>
        <source>This network is too deep to look inside here ({count} layers; these views show networks of up to {limit} layers).</source>
        <translation>This network is too deep to look inside here ({count} layers; these views show networks of up to {limit} layers).</translation>
    </message>
    <message>
        <source>This network is too wide to look inside here (layer &apos;{layer}&apos; gives {count} values per sample; these views show layers of up to {limit}).</source>
        <translation>This network is too wide to look inside here (layer &apos;{layer}&apos; gives {count} values per sample; these views show layers of up to {limit}).</translation>
    </message>
    <message>
        <source>The saved weights do not fit this network ({reason}).</source>
        <translation>The saved weights do not fit this network ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a complete NN Studio project (it has no {member}).</source>
        <translation>{file} is not a complete NN Studio project (it has no {member}).</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it is a pipe, a device or a socket), so NN Studio does not read it.</source>
        <translation>{file} is not an ordinary file (it is a pipe, a device or a socket), so NN Studio does not read it.</translation>
    </message>
    <message>
        <source>{file} is too large to open safely: its {member} unpacks to more than {limit} (at least {size}).</source>
        <translation>{file} is too large to open safely: its {member} unpacks to more than {limit} (at least {size}).</translation>
    </message>
    <message>
        <source>{file} is too large to open: the computer ran out of memory while reading it.</source>
        <translation>{file} is too large to open: the computer ran out of memory while reading it.</translation>
    </message>
    <message>
        <source>{file} is not complete: it has no {member}.</source>
        <translation>{file} is not complete: it has no {member}.</translation>
    </message>
    <message>
        <source>{file} is damaged: its {member} cannot be read ({reason}).</source>
        <translation>{file} is damaged: its {member} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>it is packed in a way NN Studio cannot unpack</source>
        <translation>it is packed in a way NN Studio cannot unpack</translation>
    </message>
    <message>
        <source>the data is corrupt or cut short</source>
        <translation>the data is corrupt or cut short</translation>
    </message>
    <message>
        <source>{file} is too large to open safely: its {member} holds more than {count} entries.</source>
        <translation>{file} is too large to open safely: its {member} holds more than {count} entries.</translation>
    </message>
    <message>
        <source>{file} is damaged: its {member} is not valid JSON.</source>
        <translation>{file} is damaged: its {member} is not valid JSON.</translation>
    </message>
    <message>
        <source>{file} is damaged: its {member} is nested more than {depth} levels deep.</source>
        <translation>{file} is damaged: its {member} is nested more than {depth} levels deep.</translation>
    </message>
    <message>
        <source>{key} is not an array of numbers</source>
        <translation>{key} is not an array of numbers</translation>
    </message>
    <message>
        <source>{key} is cut short</source>
        <translation>{key} is cut short</translation>
    </message>
    <message>
        <source>{file} is damaged or not an NN Studio project (it is not a complete zip file).</source>
        <translation>{file} is damaged or not an NN Studio project (it is not a complete zip file).</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>{file} is damaged: its project description is not an object.</source>
        <translation>{file} is damaged: its project description is not an object.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is nested too deeply to read.</source>
        <translation>{file} is damaged: it is nested too deeply to read.</translation>
    </message>
    <message>
        <source>{file} has no schema version; it is not an NN Studio project.</source>
        <translation>{file} has no schema version; it is not an NN Studio project.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer NN Studio (file format {version}; this version reads up to {supported}). Please update NN Studio to open it.</source>
        <translation>{file} was saved by a newer NN Studio (file format {version}; this version reads up to {supported}). Please update NN Studio to open it.</translation>
    </message>
    <message>
        <source>{file} uses a layer type this version does not know: {kind!r} (layer &apos;{layer}&apos;).</source>
        <translation>{file} uses a layer type this version does not know: {kind!r} (layer &apos;{layer}&apos;).</translation>
    </message>
    <message>
        <source>{file} is damaged: its data settings cannot be used: {reason}</source>
        <translation>{file} is damaged: its data settings cannot be used: {reason}</translation>
    </message>
    <message>
        <source>{file} is damaged: its training settings cannot be used: {reason}</source>
        <translation>{file} is damaged: its training settings cannot be used: {reason}</translation>
    </message>
    <message>
        <source>{file} is damaged: its optimizer state cannot be read.</source>
        <translation>{file} is damaged: its optimizer state cannot be read.</translation>
    </message>
    <message>
        <source>{file} is damaged: the loss trace of a run is not a list of at most {count} numbers.</source>
        <translation>{file} is damaged: the loss trace of a run is not a list of at most {count} numbers.</translation>
    </message>
    <message>
        <source>{file} is damaged: the preparation of its table&apos;s columns cannot be read.</source>
        <translation>{file} is damaged: the preparation of its table&apos;s columns cannot be read.</translation>
    </message>
    <message>
        <source>{file} is damaged: the weights of layer &apos;{layer}&apos; hold values that are not numbers (NaN or infinity).</source>
        <translation>{file} is damaged: the weights of layer &apos;{layer}&apos; hold values that are not numbers (NaN or infinity).</translation>
    </message>
    <message>
        <source>{file} is damaged: some of its weights are missing.</source>
        <translation>{file} is damaged: some of its weights are missing.</translation>
    </message>
    <message>
        <source>{file}: its weights belong to a network that does not fit together.</source>
        <translation>{file}: its weights belong to a network that does not fit together.</translation>
    </message>
    <message>
        <source>{file}: the file has {count} weight arrays, but its network needs {expected}.</source>
        <translation>{file}: the file has {count} weight arrays, but its network needs {expected}.</translation>
    </message>
    <message>
        <source>{file}: the weights of layer &apos;{layer}&apos; ({weight}) have shape {shape}, but the network needs {expected}. The file is damaged or was edited by hand.</source>
        <translation>{file}: the weights of layer &apos;{layer}&apos; ({weight}) have shape {shape}, but the network needs {expected}. The file is damaged or was edited by hand.</translation>
    </message>
    <message>
        <source>{file}: the weights of layer &apos;{layer}&apos; are not numbers.</source>
        <translation>{file}: the weights of layer &apos;{layer}&apos; are not numbers.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <extracomment>Keras&apos;s own optimizer defaults: ``optimizer=&apos;sgd&apos;`` in pasted code means these, not ours.</extracomment>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <source>the value of {what} must be written out (a number, text, True/False or a tuple), not computed: {code!r}.</source>
        <translation>the value of {what} must be written out (a number, text, True/False or a tuple), not computed: {code!r}.</translation>
    </message>
    <message>
        <source>assign the Sequential model to a plain name, like model = Sequential([...]).</source>
        <translation>assign the Sequential model to a plain name, like model = Sequential([...]).</translation>
    </message>
    <message>
        <source>NN Studio reads only a Sequential model, model.add(...), model.compile(...) and model.fit(...) settings; it cannot use {code!r}.</source>
        <translation>NN Studio reads only a Sequential model, model.add(...), model.compile(...) and model.fit(...) settings; it cannot use {code!r}.</translation>
    </message>
    <message>
        <source>the code builds a second model; paste one model at a time.</source>
        <translation>the code builds a second model; paste one model at a time.</translation>
    </message>
    <message>
        <source>Sequential has no setting {name!r}.</source>
        <translation>Sequential has no setting {name!r}.</translation>
    </message>
    <message>
        <source>write the layers as a list inside Sequential([...]).</source>
        <translation>write the layers as a list inside Sequential([...]).</translation>
    </message>
    <message>
        <source>model.add takes exactly one layer.</source>
        <translation>model.add takes exactly one layer.</translation>
    </message>
    <message>
        <source>NN Studio cannot use model.{method}(...).</source>
        <translation>NN Studio cannot use model.{method}(...).</translation>
    </message>
    <message>
        <source>expected a layer such as Dense(10), not {code!r}.</source>
        <translation>expected a layer such as Dense(10), not {code!r}.</translation>
    </message>
    <message>
        <source>NN Studio has no layer {name!r}. It knows: {known}.</source>
        <translation>NN Studio has no layer {name!r}. It knows: {known}.</translation>
    </message>
    <message>
        <source>argument {number} of {layer}</source>
        <translation>argument {number} of {layer}</translation>
    </message>
    <message>
        <source>**settings cannot be read; write each setting out.</source>
        <translation>**settings cannot be read; write each setting out.</translation>
    </message>
    <message>
        <source>{layer} does not take these settings ({reason}).</source>
        <translation>{layer} does not take these settings ({reason}).</translation>
    </message>
    <message>
        <source>only the first layer may set input_shape.</source>
        <translation>only the first layer may set input_shape.</translation>
    </message>
    <message>
        <source>the Input must come before every other layer.</source>
        <translation>the Input must come before every other layer.</translation>
    </message>
    <message>
        <source>the input shape must be positive whole numbers, like shape=(32,); it is {shape!r}.</source>
        <translation>the input shape must be positive whole numbers, like shape=(32,); it is {shape!r}.</translation>
    </message>
    <message>
        <source>{layer}: {reason}</source>
        <translation>{layer}: {reason}</translation>
    </message>
    <message>
        <source>compile has no setting {name!r} in NN Studio.</source>
        <translation>compile has no setting {name!r} in NN Studio.</translation>
    </message>
    <message>
        <source>NN Studio has no optimizer {name!r}. It knows: {known}.</source>
        <translation>NN Studio has no optimizer {name!r}. It knows: {known}.</translation>
    </message>
    <message>
        <source>write the optimizer&apos;s settings by name, like Adam(learning_rate=0.001).</source>
        <translation>write the optimizer&apos;s settings by name, like Adam(learning_rate=0.001).</translation>
    </message>
    <message>
        <source>NN Studio&apos;s {optimizer} optimizer has no setting {name!r} (it has {known}).</source>
        <translation>NN Studio&apos;s {optimizer} optimizer has no setting {name!r} (it has {known}).</translation>
    </message>
    <message>
        <source>the optimizer&apos;s {key} must be a number; it is {value!r}.</source>
        <translation>the optimizer&apos;s {key} must be a number; it is {value!r}.</translation>
    </message>
    <message>
        <source>NN Studio has no loss {name!r}. It knows: {known}.</source>
        <translation>NN Studio has no loss {name!r}. It knows: {known}.</translation>
    </message>
    <message>
        <source>NN Studio&apos;s Huber loss uses delta=1.0 only.</source>
        <translation>NN Studio&apos;s Huber loss uses delta=1.0 only.</translation>
    </message>
    <message>
        <source>the loss {loss} has no setting {name!r} in NN Studio.</source>
        <translation>the loss {loss} has no setting {name!r} in NN Studio.</translation>
    </message>
    <message>
        <source>write the settings of {loss} by name, like from_logits=True.</source>
        <translation>write the settings of {loss} by name, like from_logits=True.</translation>
    </message>
    <message>
        <source>{name} must be a positive whole number; it is {value!r}.</source>
        <translation>{name} must be a positive whole number; it is {value!r}.</translation>
    </message>
    <message>
        <source>validation_split must be a fraction below 0.9; it is {value!r}.</source>
        <translation>validation_split must be a fraction below 0.9; it is {value!r}.</translation>
    </message>
    <message>
        <source>No model found: the code must contain Sequential([...]) (for example model = keras.Sequential([keras.layers.Dense(10)])).</source>
        <translation>No model found: the code must contain Sequential([...]) (for example model = keras.Sequential([keras.layers.Dense(10)])).</translation>
    </message>
    <message>
        <source>The model has no layers.</source>
        <translation>The model has no layers.</translation>
    </message>
    <message>
        <source>There is no code to read: paste a Keras Sequential model.</source>
        <translation>There is no code to read: paste a Keras Sequential model.</translation>
    </message>
    <message>
        <source>Line {line}: this is not valid Python ({reason}).</source>
        <translation>Line {line}: this is not valid Python ({reason}).</translation>
    </message>
    <message>
        <source>The code cannot be read (it is too long or contains invalid characters).</source>
        <translation>The code cannot be read (it is too long or contains invalid characters).</translation>
    </message>
    <message>
        <source>The training settings in the code cannot be used: {reason}</source>
        <translation>The training settings in the code cannot be used: {reason}</translation>
    </message>
    <message>
        <source>The network cannot be trained yet: {problem}</source>
        <translation>The network cannot be trained yet: {problem}</translation>
    </message>
    <message>
        <source>Unknown layer type {name!r}. Received: class_name={name!r}</source>
        <extracomment>What a newly dropped layer starts as (plain, sensible defaults for a beginner). Palette name -&gt; engine class name (&quot;Input&quot; in the palette is Keras&apos;s InputLayer).</extracomment>
        <translation>Unknown layer type {name!r}. Received: class_name={name!r}</translation>
    </message>
    <message>
        <source>{expected} Received: {arg}={value!r}</source>
        <translation>{expected} Received: {arg}={value!r}</translation>
    </message>
    <message>
        <source>Expected one of {names}.</source>
        <translation>Expected one of {names}.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Expected a number.</translation>
    </message>
    <message>
        <source>Expected a whole number from 1 to {high}.</source>
        <translation>Expected a whole number from 1 to {high}.</translation>
    </message>
    <message>
        <source>Expected a whole number from 0 to {high}.</source>
        <translation>Expected a whole number from 0 to {high}.</translation>
    </message>
    <message>
        <source>Expected a fraction from 0 to 0.9.</source>
        <translation>Expected a fraction from 0 to 0.9.</translation>
    </message>
    <message>
        <source>Expected zero or a positive number.</source>
        <translation>Expected zero or a positive number.</translation>
    </message>
    <message>
        <source>The data is being read…</source>
        <extracomment>files larger than this are read off the UI thread ``background_load(spec, done)`` reads a large file off the UI thread and calls ``done(dataset, error)`` on it (the window sets it); None: everything loads here</extracomment>
        <translation>The data is being read…</translation>
    </message>
    <message>
        <source>No data is loaded.</source>
        <translation>No data is loaded.</translation>
    </message>
    <message>
        <source>The training diverged: the loss became too large to compute (not a number). The weights of the last good epoch were restored. Try a lower learning rate.</source>
        <translation>The training diverged: the loss became too large to compute (not a number). The weights of the last good epoch were restored. Try a lower learning rate.</translation>
    </message>
    <message>
        <source>The training diverged: the loss grew to {factor:.0f} times its starting value instead of falling. The weights of the last good epoch were restored. Try a lower learning rate (for example {suggestion:g}).</source>
        <translation>The training diverged: the loss grew to {factor:.0f} times its starting value instead of falling. The weights of the last good epoch were restored. Try a lower learning rate (for example {suggestion:g}).</translation>
    </message>
    <message>
        <source>Expected a positive learning rate. Received: learning_rate={value!r}</source>
        <extracomment>which hyperparameters each optimizer uses (the panel shows only these) the settings a running session can take without losing its weights (the optimizer starts afresh)</extracomment>
        <translation>Expected a positive learning rate. Received: learning_rate={value!r}</translation>
    </message>
    <message>
        <source>A run needs a name.</source>
        <translation>A run needs a name.</translation>
    </message>
    <message>
        <source>A run&apos;s name can have at most {count} characters.</source>
        <translation>A run&apos;s name can have at most {count} characters.</translation>
    </message>
    <message>
        <source>There is no run {id} in this project.</source>
        <translation>There is no run {id} in this project.</translation>
    </message>
    <message>
        <source>The latest run cannot be deleted: the network&apos;s weights come from it. Reset the weights to start a new run.</source>
        <translation>The latest run cannot be deleted: the network&apos;s weights come from it. Reset the weights to start a new run.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; is marked as a date, but &quot;{cell}&quot; is not a date NN Studio can read (for example 2024-03-31 or 31/03/2024). Make it a category or leave it out.</source>
        <translation>Column &quot;{column}&quot; is marked as a date, but &quot;{cell}&quot; is not a date NN Studio can read (for example 2024-03-31 or 31/03/2024). Make it a category or leave it out.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot;: &quot;{cell}&quot; is not a date in the same form as the others.</source>
        <translation>Column &quot;{column}&quot;: &quot;{cell}&quot; is not a date in the same form as the others.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; has no values in the training rows, so it cannot be used. Leave it out of the inputs.</source>
        <translation>Column &quot;{column}&quot; has no values in the training rows, so it cannot be used. Leave it out of the inputs.</translation>
    </message>
    <message>
        <source>GlobalAveragePooling2D supports only keepdims=False. Received: keepdims={value!r}</source>
        <translation>GlobalAveragePooling2D supports only keepdims=False. Received: keepdims={value!r}</translation>
    </message>
    <message>
        <source>GlobalAveragePooling2D needs an image (height, width, channels); it gets {shape}.</source>
        <translation>GlobalAveragePooling2D needs an image (height, width, channels); it gets {shape}.</translation>
    </message>
    <message>
        <source>{file} could not be opened because of an internal problem; your project was left as it was.</source>
        <translation>{file} could not be opened because of an internal problem; your project was left as it was.</translation>
    </message>
    <message>
        <source>The data is too large for this computer&apos;s memory.</source>
        <translation>The data is too large for this computer&apos;s memory.</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>a number from {low} to {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a text of at most {count} characters</source>
        <translation>a text of at most {count} characters</translation>
    </message>
    <message>
        <source>a list of at most {count} entries</source>
        <translation>a list of at most {count} entries</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>{file} is damaged: it has no {field}.</source>
        <translation>{file} is damaged: it has no {field}.</translation>
    </message>
    <message>
        <source>{file} is damaged: {field} must be {expected} (it is {value}).</source>
        <translation>{file} is damaged: {field} must be {expected} (it is {value}).</translation>
    </message>
    <message>
        <source>the project description</source>
        <translation>the project description</translation>
    </message>
    <message>
        <source>Give the class a name, for example cat or circle.</source>
        <translation>Give the class a name, for example cat or circle.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a class name: use at most {limit} letters, digits, spaces or dashes, not starting with a dot.</source>
        <translation>“{name}” cannot be a class name: use at most {limit} letters, digits, spaces or dashes, not starting with a dot.</translation>
    </message>
    <message>
        <source>There is already a class called “{name}”.</source>
        <translation>There is already a class called “{name}”.</translation>
    </message>
    <message>
        <source>At most {limit} classes are supported.</source>
        <translation>At most {limit} classes are supported.</translation>
    </message>
    <message>
        <source>The drawings cannot be saved in {path}: {reason}</source>
        <translation>The drawings cannot be saved in {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>examples</name>
    <message>
        <source>Classic Keras example</source>
        <translation>Classic Keras example</translation>
    </message>
    <message>
        <source>32 inputs → Dense 10 relu → Dense 10 logits, Adam, sparse cross-entropy.</source>
        <translation>32 inputs → Dense 10 relu → Dense 10 logits, Adam, sparse cross-entropy.</translation>
    </message>
    <message>
        <source>The network from the Keras documentation. Try fewer units in the first layer, or SGD instead of Adam, and watch how fast the loss falls.</source>
        <translation>The network from the Keras documentation. Try fewer units in the first layer, or SGD instead of Adam, and watch how fast the loss falls.</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Two classes: a disc inside a ring. 2 inputs → 4 → 2 tanh.</source>
        <translation>Two classes: a disc inside a ring. 2 inputs → 4 → 2 tanh.</translation>
    </message>
    <message>
        <source>A straight line cannot separate a disc from a ring. Remove the hidden layer and see the boundary stay straight; add it back and watch it bend into a circle.</source>
        <translation>A straight line cannot separate a disc from a ring. Remove the hidden layer and see the boundary stay straight; add it back and watch it bend into a circle.</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class. 2 inputs → 4 → 2 tanh.</source>
        <translation>Opposite quadrants share a class. 2 inputs → 4 → 2 tanh.</translation>
    </message>
    <message>
        <source>The classic problem one neuron cannot solve. Try a single hidden neuron, then four.</source>
        <translation>The classic problem one neuron cannot solve. Try a single hidden neuron, then four.</translation>
    </message>
    <message>
        <source>Two blobs</source>
        <translation>Two blobs</translation>
    </message>
    <message>
        <source>Two gaussian clouds. 2 inputs → 2 tanh.</source>
        <translation>Two gaussian clouds. 2 inputs → 2 tanh.</translation>
    </message>
    <message>
        <source>Easy: even without hidden layers the classes separate. Add noise and see the test accuracy drop below the training accuracy.</source>
        <translation>Easy: even without hidden layers the classes separate. Add noise and see the test accuracy drop below the training accuracy.</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spiral</translation>
    </message>
    <message>
        <source>Two interleaved spirals. 2 inputs → 16 → 16 → 16 tanh.</source>
        <translation>Two interleaved spirals. 2 inputs → 16 → 16 → 16 tanh.</translation>
    </message>
    <message>
        <source>The hardest 2-D set: it needs depth and many epochs. Watch the boundary wind around the spiral arms; a too-high learning rate makes it jump.</source>
        <translation>The hardest 2-D set: it needs depth and many epochs. Watch the boundary wind around the spiral arms; a too-high learning rate makes it jump.</translation>
    </message>
    <message>
        <source>Digits (MLP)</source>
        <translation>Digits (MLP)</translation>
    </message>
    <message>
        <source>8×8 handwritten digits: 64 → Dense 64 relu → Dense 10.</source>
        <translation>8×8 handwritten digits: 64 → Dense 64 relu → Dense 10.</translation>
    </message>
    <message>
        <source>Real images of digits. Look at the confusion matrix: which digits does the network mix up?</source>
        <translation>Real images of digits. Look at the confusion matrix: which digits does the network mix up?</translation>
    </message>
    <message>
        <source>Digits (CNN)</source>
        <translation>Digits (CNN)</translation>
    </message>
    <message>
        <source>8×8 digits as images: Conv2D 8 3×3 → MaxPooling → Flatten → Dense 10.</source>
        <translation>8×8 digits as images: Conv2D 8 3×3 → MaxPooling → Flatten → Dense 10.</translation>
    </message>
    <message>
        <source>A convolution looks at small patches, like a magnifying glass sliding over the image. Compare its parameter count with the MLP&apos;s.</source>
        <translation>A convolution looks at small patches, like a magnifying glass sliding over the image. Compare its parameter count with the MLP&apos;s.</translation>
    </message>
    <message>
        <source>Shapes (CNN)</source>
        <translation>Shapes (CNN)</translation>
    </message>
    <message>
        <source>28×28 drawn circles, squares and triangles: two convolutions with pooling → Dense 3.</source>
        <translation>28×28 drawn circles, squares and triangles: two convolutions with pooling → Dense 3.</translation>
    </message>
    <message>
        <source>Made on this computer, no download. After training, open View ▸ Inside the network ▸ Neurons: each convolution&apos;s filters and what they make of a picture.</source>
        <translation>Made on this computer, no download. After training, open View ▸ Inside the network ▸ Neurons: each convolution&apos;s filters and what they make of a picture.</translation>
    </message>
    <message>
        <source>Iris flowers</source>
        <translation>Iris flowers</translation>
    </message>
    <message>
        <source>4 measurements → Dense 8 relu → Dense 3 species.</source>
        <translation>4 measurements → Dense 8 relu → Dense 3 species.</translation>
    </message>
    <message>
        <source>A tiny real data set. It trains in seconds; try removing features in a CSV import of your own.</source>
        <translation>A tiny real data set. It trains in seconds; try removing features in a CSV import of your own.</translation>
    </message>
    <message>
        <source>A disc inside a ring: the network learns to draw a circle.</source>
        <translation>A disc inside a ring: the network learns to draw a circle.</translation>
    </message>
    <message>
        <source>Opposite corners share a class: needs a hidden layer.</source>
        <translation>Opposite corners share a class: needs a hidden layer.</translation>
    </message>
    <message>
        <source>Two clouds of points: the easiest task.</source>
        <translation>Two clouds of points: the easiest task.</translation>
    </message>
    <message>
        <source>Two interleaved spirals: the hardest 2-D task.</source>
        <translation>Two interleaved spirals: the hardest 2-D task.</translation>
    </message>
    <message>
        <source>The network from the Keras docs on 32-feature data.</source>
        <translation>The network from the Keras docs on 32-feature data.</translation>
    </message>
    <message>
        <source>Handwritten 8×8 digits with a dense network.</source>
        <translation>Handwritten 8×8 digits with a dense network.</translation>
    </message>
    <message>
        <source>Handwritten 8×8 digits with a convolution.</source>
        <translation>Handwritten 8×8 digits with a convolution.</translation>
    </message>
    <message>
        <source>Circles, squares and triangles with two convolutions.</source>
        <translation>Circles, squares and triangles with two convolutions.</translation>
    </message>
    <message>
        <source>Three species from four measurements.</source>
        <translation>Three species from four measurements.</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>{filters} filters {window}</source>
        <translation>{filters} filters {window}</translation>
    </message>
    <message>
        <source>1 unit{activation}</source>
        <translation>1 unit{activation}</translation>
    </message>
    <message>
        <source>{units} units{activation}</source>
        <translation>{units} units{activation}</translation>
    </message>
    <message>
        <source>shape {shape}</source>
        <translation>shape {shape}</translation>
    </message>
    <message>
        <source>keeps values above 0</source>
        <translation>keeps values above 0</translation>
    </message>
    <message>
        <source>slope {slope}</source>
        <translation>slope {slope}</translation>
    </message>
    <message>
        <source>rate {rate}</source>
        <translation>rate {rate}</translation>
    </message>
    <message>
        <source>momentum {momentum}</source>
        <translation>momentum {momentum}</translation>
    </message>
    <message>
        <source>one average per channel</source>
        <translation>one average per channel</translation>
    </message>
    <message>
        <source>unrolls into a vector</source>
        <translation>unrolls into a vector</translation>
    </message>
    <message>
        <source>to {shape}</source>
        <translation>to {shape}</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>Line {line}: model.{method}(...) is skipped (NN Studio does that itself).</source>
        <translation>Line {line}: model.{method}(...) is skipped (NN Studio does that itself).</translation>
    </message>
    <message>
        <source>Line {line}: metrics are chosen by NN Studio (accuracy for classes, mean absolute error for values).</source>
        <translation>Line {line}: metrics are chosen by NN Studio (accuracy for classes, mean absolute error for values).</translation>
    </message>
    <message>
        <source>Line {line}: from_logits={value} — NN Studio decides this from the last layer&apos;s activation (softmax/sigmoid give probabilities, else logits).</source>
        <translation>Line {line}: from_logits={value} — NN Studio decides this from the last layer&apos;s activation (softmax/sigmoid give probabilities, else logits).</translation>
    </message>
    <message>
        <source>Line {line}: the data of model.fit(...) is skipped; choose data in the Data panel.</source>
        <translation>Line {line}: the data of model.fit(...) is skipped; choose data in the Data panel.</translation>
    </message>
    <message>
        <source>The code gives no input shape: the input follows the chosen data.</source>
        <translation>The code gives no input shape: the input follows the chosen data.</translation>
    </message>
    <message>
        <source>classification, {count} classes</source>
        <translation>classification, {count} classes</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regression</translation>
    </message>
    <message>
        <source> Category columns with more than {count} different values ({columns}): the {count} most frequent values are inputs, the others count as &quot;other&quot;.</source>
        <translation> Category columns with more than {count} different values ({columns}): the {count} most frequent values are inputs, the others count as &quot;other&quot;.</translation>
    </message>
    <message>
        <source>{file}: {rows}, {columns}, predicting &quot;{target}&quot; ({kind}).{no_target}{no_input}{filled}{capped}</source>
        <translation>{file}: {rows}, {columns}, predicting &quot;{target}&quot; ({kind}).{no_target}{no_input}{filled}{capped}</translation>
    </message>
    <message>
        <source> Left out {rows} without a target value.</source>
        <translation> Left out {rows} without a target value.</translation>
    </message>
    <message>
        <source> Left out {rows} with missing inputs.</source>
        <translation> Left out {rows} with missing inputs.</translation>
    </message>
    <message>
        <source> Missing inputs were filled from the training rows.</source>
        <translation> Missing inputs were filled from the training rows.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <source>1 input column</source>
        <translation>1 input column</translation>
    </message>
    <message>
        <source>{count} input columns</source>
        <translation>{count} input columns</translation>
    </message>
    <message>
        <source>feature {n}</source>
        <translation>feature {n}</translation>
    </message>
    <message>
        <source>every cell is empty</source>
        <translation>every cell is empty</translation>
    </message>
    <message>
        <source>a different whole number in every row, like a row number</source>
        <translation>a different whole number in every row, like a row number</translation>
    </message>
    <message>
        <source>only {count} different whole numbers: codes for groups</source>
        <translation>only {count} different whole numbers: codes for groups</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>numbers</translation>
    </message>
    <message>
        <source>numbers, but {count} cell(s) are not (for example &quot;{cell}&quot;): fix them, or use the column as a category</source>
        <translation>numbers, but {count} cell(s) are not (for example &quot;{cell}&quot;): fix them, or use the column as a category</translation>
    </message>
    <message>
        <source>dates: used as year, season and weekday</source>
        <translation>dates: used as year, season and weekday</translation>
    </message>
    <message>
        <source>{count} different texts: almost every row has its own, like a name, so it says nothing about other rows</source>
        <translation>{count} different texts: almost every row has its own, like a name, so it says nothing about other rows</translation>
    </message>
    <message>
        <source>text with {count} different values</source>
        <translation>text with {count} different values</translation>
    </message>
    <message>
        <source>its values are text, so they are classes</source>
        <translation>its values are text, so they are classes</translation>
    </message>
    <message>
        <source>only {count} different whole numbers, so they are classes</source>
        <translation>only {count} different whole numbers, so they are classes</translation>
    </message>
    <message>
        <source>numbers with {count} different values: a quantity to predict</source>
        <translation>numbers with {count} different values: a quantity to predict</translation>
    </message>
    <message>
        <source>its name sounds like what to predict</source>
        <translation>its name sounds like what to predict</translation>
    </message>
    <message>
        <source>its name is a quantity that tables like this are usually made to predict</source>
        <translation>its name is a quantity that tables like this are usually made to predict</translation>
    </message>
    <message>
        <source>a text column with few different values</source>
        <translation>a text column with few different values</translation>
    </message>
    <message>
        <source>the last usable column</source>
        <translation>the last usable column</translation>
    </message>
    <message>
        <source>{count} classes</source>
        <translation>{count} classes</translation>
    </message>
    <message>
        <source>{count} target values</source>
        <translation>{count} target values</translation>
    </message>
    <message>
        <source>The network becomes the small network suggested for {data} and {what} (Undo brings yours back).</source>
        <translation>The network becomes the small network suggested for {data} and {what} (Undo brings yours back).</translation>
    </message>
    <message>
        <source>The network fits the new data as it is.</source>
        <translation>The network fits the new data as it is.</translation>
    </message>
    <message>
        <source>The network&apos;s input takes {data}.</source>
        <translation>The network&apos;s input takes {data}.</translation>
    </message>
    <message>
        <source>The output layer {layer} gets {units} units ({activation}), one for each of the {what}; the input takes {data}.</source>
        <translation>The output layer {layer} gets {units} units ({activation}), one for each of the {what}; the input takes {data}.</translation>
    </message>
    <message>
        <source>Your network cannot take pictures: it becomes a small convolutional network for {what} (Undo brings yours back).</source>
        <translation>Your network cannot take pictures: it becomes a small convolutional network for {what} (Undo brings yours back).</translation>
    </message>
    <message>
        <source>The network does not fit the new data: see the message on the diagram.</source>
        <translation>The network does not fit the new data: see the message on the diagram.</translation>
    </message>
</context>
<context>
    <name>pace</name>
    <message>
        <source>Full speed</source>
        <extracomment>&quot;watch&quot;: slow enough to see every step of a 2-D example, fast enough that a lesson&apos;s run ends within a minute (the spiral&apos;s 300 epochs take 30 s)</extracomment>
        <translation>Full speed</translation>
    </message>
    <message>
        <source>Watch ({0:g} epochs/s)</source>
        <translation>Watch ({0:g} epochs/s)</translation>
    </message>
    <message>
        <source>{0:g} epochs/s</source>
        <translation>{0:g} epochs/s</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>diverged: weights restored</source>
        <translation>diverged: weights restored</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>its settings cannot be used.</source>
        <translation>its settings cannot be used.</translation>
    </message>
    <message>
        <source>{layer}: {problem}</source>
        <translation>{layer}: {problem}</translation>
    </message>
    <message>
        <source>an Input can only be the first layer.</source>
        <translation>an Input can only be the first layer.</translation>
    </message>
    <message>
        <source>the data gives {data}, but the input is set to {input}.</source>
        <translation>the data gives {data}, but the input is set to {input}.</translation>
    </message>
    <message>
        <source>Set the input to {shape}</source>
        <translation>Set the input to {shape}</translation>
    </message>
    <message>
        <source>the network must start with an Input layer.</source>
        <translation>the network must start with an Input layer.</translation>
    </message>
    <message>
        <source>the network has no layers yet: drag a Dense layer onto it.</source>
        <translation>the network has no layers yet: drag a Dense layer onto it.</translation>
    </message>
    <message>
        <source>the loss {loss} compares classes, but this data has a number to predict (regression).</source>
        <translation>the loss {loss} compares classes, but this data has a number to predict (regression).</translation>
    </message>
    <message>
        <source>the loss {loss} measures distances between numbers, but this data has classes to predict.</source>
        <translation>the loss {loss} measures distances between numbers, but this data has classes to predict.</translation>
    </message>
    <message>
        <source>Let the loss follow the task (automatic)</source>
        <translation>Let the loss follow the task (automatic)</translation>
    </message>
    <message>
        <source>the network would need {size} of memory to train ({params} parameters), more than this computer has ({memory}). Make this layer smaller.</source>
        <translation>the network would need {size} of memory to train ({params} parameters), more than this computer has ({memory}). Make this layer smaller.</translation>
    </message>
    <message>
        <source>This network is very large: training it needs about {size} of memory ({params} parameters).</source>
        <translation>This network is very large: training it needs about {size} of memory ({params} parameters).</translation>
    </message>
    <message>
        <source>{count} classes</source>
        <translation>{count} classes</translation>
    </message>
    <message>
        <source>1 target value</source>
        <translation>1 target value</translation>
    </message>
    <message>
        <source>{count} target values</source>
        <translation>{count} target values</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>the output gives {got}, but this data has {what}: the last Dense layer needs 1 unit.</source>
        <translation>the output gives {got}, but this data has {what}: the last Dense layer needs 1 unit.</translation>
    </message>
    <message>
        <source>the output gives {got}, but this data has {what}: the last Dense layer needs {units} units.</source>
        <translation>the output gives {got}, but this data has {what}: the last Dense layer needs {units} units.</translation>
    </message>
    <message>
        <source>Set {layer} to {units} units</source>
        <translation>Set {layer} to {units} units</translation>
    </message>
    <message>
        <source>Set {layer} to 1 unit</source>
        <translation>Set {layer} to 1 unit</translation>
    </message>
    <message>
        <source>the network must end with a Dense layer of {units} units (one per class); it ends with {got}.</source>
        <translation>the network must end with a Dense layer of {units} units (one per class); it ends with {got}.</translation>
    </message>
    <message>
        <source>the network must end with a Dense layer of 1 unit (the target); it ends with {got}.</source>
        <translation>the network must end with a Dense layer of 1 unit (the target); it ends with {got}.</translation>
    </message>
    <message>
        <source>the network must end with a Dense layer of {units} units (one per target); it ends with {got}.</source>
        <translation>the network must end with a Dense layer of {units} units (one per target); it ends with {got}.</translation>
    </message>
    <message>
        <source>data: {problem}</source>
        <translation>data: {problem}</translation>
    </message>
</context>
</TS>
