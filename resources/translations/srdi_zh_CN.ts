<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SRDI Self-Check</source>
        <translation>关于专精特新达标自评</translation>
    </message>
    <message>
        <source>SRDI Self-Check</source>
        <translation>专精特新达标自评</translation>
    </message>
    <message>
        <source>Version %1 · works offline; every file stays on this computer.</source>
        <translation>版本 %1 · 离线使用，所有文件只保存在本机。</translation>
    </message>
    <message>
        <source>Rules in use on %1</source>
        <translation>%1 适用的规则</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Font and libraries</source>
        <translation>字体与软件库</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The bundled font is used under the Apache License 2.0 (its text: %1). PySide6 is used under the GNU LGPL version 3: it is a separate, replaceable library of the app.</source>
        <translation>随附字体依 Apache License 2.0 使用（许可证全文：%1）。PySide6 依 GNU LGPL 第 3 版使用，是本软件中独立、可替换的库。</translation>
    </message>
    <message>
        <source>Font licence…</source>
        <translation>字体许可证…</translation>
    </message>
</context>
<context>
    <name>AboutRulesDialog</name>
    <message>
        <source>shipped</source>
        <translation>随软件提供</translation>
    </message>
    <message>
        <source>installed %1</source>
        <translation>已安装 %1</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>About the rules</source>
        <translation>关于规则</translation>
    </message>
    <message>
        <source>The rules this app applies</source>
        <translation>本软件使用的规则</translation>
    </message>
    <message>
        <source>Every rule pack, shipped with the app or installed from a signed update. On %1 the packs marked “in use” apply. Confidence counts the pack&apos;s citations by how far they are confirmed: official text, official text quoted, several sources agree, product convention, or single source (to verify).</source>
        <translation>全部规则包：随软件提供的，以及从签名更新安装的。%1 适用标为“使用中”的规则包。可信度一栏按引用的核实程度统计条数：官方原文、官方文件转引、多方资料一致、产品约定，或单一资料（待核验）。</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>认定类别</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>适用期间</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名者</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Profile</source>
        <translation>企业概况</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>财务数据</translation>
    </message>
    <message>
        <source>R&amp;D and staff</source>
        <translation>研发与人员</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>知识产权</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉称号</translation>
    </message>
    <message>
        <source>Digital level</source>
        <translation>数字化水平</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
</context>
<context>
    <name>BatchImportDialog</name>
    <message>
        <source>Import firms</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取%1…</translation>
    </message>
    <message>
        <source>%1 firms can be imported; %2 rows have errors and will be left out.</source>
        <translation>%1家企业可以导入；%2行有错误，将不导入。</translation>
    </message>
    <message>
        <source>Error: left out</source>
        <translation>有错误：不导入</translation>
    </message>
    <message>
        <source>New firm</source>
        <translation>新企业</translation>
    </message>
    <message>
        <source>Adds an assessment to %1</source>
        <translation>为%1新增一次评估</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Imported %1 firms. Preparing their cohort figures… %2%</source>
        <translation>已导入 %1 家企业，正在计算其企业群体指标… %2%</translation>
    </message>
    <message>
        <source>Blank batch template</source>
        <translation>空白批量模板</translation>
    </message>
    <message>
        <source>SRDI batch template</source>
        <translation>专精特新批量模板</translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>Import firms from a spreadsheet</source>
        <translation>从表格批量导入企业</translation>
    </message>
    <message>
        <source>One firm per row of the batch template, or one firm&apos;s data-collection template. Nothing is stored until you press Import; a firm already in the workspace (same credit code, or the same name without one) gets a new assessment instead of a second copy.</source>
        <translation>批量模板每行一家企业，也可以是单个企业的数据采集表。按“导入”之前不会保存任何内容；工作区中已有的企业（信用代码相同，或无代码时名称完全相同）会新增一次评估，而不会重复建档。</translation>
    </message>
    <message>
        <source>Choose a spreadsheet…</source>
        <translation>选择表格…</translation>
    </message>
    <message>
        <source>Write a blank batch template…</source>
        <translation>生成空白批量模板…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>导入方式</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Evidence checklist</source>
        <translation>申报材料清单</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Document</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>The rules in force name no document for the criteria this firm relies on.</source>
        <translation>适用的规则未对本企业所依据的条件列出所需材料。</translation>
    </message>
    <message>
        <source>%1 documents: %2 present, %3 missing, %4 out of date.</source>
        <translation>共 %1 份材料：已备 %2 份，缺少 %3 份，已过期 %4 份。</translation>
    </message>
</context>
<context>
    <name>ClashBox</name>
    <message>
        <source>re-review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>new application</source>
        <translation>新申报</translation>
    </message>
    <message>
        <source>Assessment of %1 (%2): the file&apos;s differs from the stored one</source>
        <translation>%1的评估（%2）：文件中的与已存的不同</translation>
    </message>
    <message>
        <source>Keep the stored one</source>
        <translation>保留已存的</translation>
    </message>
    <message>
        <source>Keep the one in the file (replaces the stored one)</source>
        <translation>保留文件中的（替换已存的）</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>两份都保留</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已存</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>The workspace holds no firm yet.</source>
        <translation>工作区中还没有企业。</translation>
    </message>
    <message>
        <source>%1 firms: %2 counted in the cohort figures</source>
        <translation>共%1家企业，%2家计入群体统计</translation>
    </message>
    <message>
        <source>; %1 left out because the 2026 targets are not in force on their assessment date</source>
        <translation>；%1家因评估日不在2026年目标适用期内而未计入</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Reading the firms…</source>
        <translation>正在读取企业…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取%1…</translation>
    </message>
    <message>
        <source>All districts and parks</source>
        <translation>全部区和园区</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Latest assessment</source>
        <translation>最近一次评估</translation>
    </message>
    <message>
        <source>No firm in this selection.</source>
        <translation>所选范围内没有企业。</translation>
    </message>
    <message>
        <source>; the built-in sample firm is left out</source>
        <translation>；内置示例企业未计入</translation>
    </message>
    <message>
        <source>. A firm whose figure is to confirm is left out of that figure only.</source>
        <translation>。某项数据待确认的企业仅不计入该项。</translation>
    </message>
    <message>
        <source>%1 not met, %2 to confirm</source>
        <translation>未满足%1项，待确认%2项</translation>
    </message>
    <message>
        <source>Closest to the target: %1</source>
        <translation>最接近单项目标：%1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tags of %1, separated by commas:</source>
        <translation>%1的标签（以逗号分隔）：</translation>
    </message>
    <message>
        <source>Export the cohort as CSV</source>
        <translation>导出企业群体 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write the CSV file</source>
        <translation>无法保存 CSV 文件</translation>
    </message>
    <message>
        <source>Export the cohort workbook</source>
        <translation>导出企业群体工作簿</translation>
    </message>
    <message>
        <source>Export the cohort PDF</source>
        <translation>导出企业群体PDF汇总</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入%1…</translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>SRDI cohort</source>
        <translation>专精特新企业群体</translation>
    </message>
    <message>
        <source>Cohort of firms (park or city)</source>
        <translation>园区/全市企业群体</translation>
    </message>
    <message>
        <source>Xiamen 2026 targets across the firms of this workspace</source>
        <translation>本工作区企业对照厦门2026年目标</translation>
    </message>
    <message>
        <source>The city reads its targets over all its firms: the mean R&amp;D share, the mean Class I count and the share of firms at the target digital level. Beside each: the median, the firms meeting it on their own and who was left out; the charts show outliers. The built-in sample firm never counts. Double-click a firm to open it.</source>
        <translation>全市目标按全部企业读取：户均研发占比、户均Ⅰ类知识产权数量、数字化水平达标企业占比。每项旁列出中位数、单独达标的企业数以及未计入的企业和原因；分布图显示异常值。内置示例企业从不计入。双击企业可打开。</translation>
    </message>
    <message>
        <source>District or park</source>
        <translation>所在区（园区）</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Assessment year</source>
        <translation>评估年度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Search firms by name, credit code or tag</source>
        <translation>按名称、信用代码或标签搜索企业</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Closest to the next title</source>
        <translation>最接近下一称号</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>差距项数</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Every firm of the cohort, whatever the search shows</source>
        <translation>导出群体中的全部企业，不受搜索筛选影响</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>导出工作簿…</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>导出PDF汇总…</translation>
    </message>
    <message>
        <source>Import firms from a spreadsheet…</source>
        <translation>从表格批量导入企业…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Open firm</source>
        <translation>打开企业</translation>
    </message>
</context>
<context>
    <name>CohortTableModel</name>
    <message>
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>District or park</source>
        <translation>所在区（园区）</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>R&amp;D share</source>
        <translation>研发占比</translation>
    </message>
    <message>
        <source>Class I IP</source>
        <translation>Ⅰ类知识产权</translation>
    </message>
    <message>
        <source>Digital level</source>
        <translation>数字化水平</translation>
    </message>
    <message>
        <source>Three targets</source>
        <translation>三项目标</translation>
    </message>
    <message>
        <source>Next title</source>
        <translation>下一称号</translation>
    </message>
    <message>
        <source>Last year&apos;s R&amp;D expense ÷ revenue</source>
        <translation>上年度研发费用 ÷ 营业收入</translation>
    </message>
    <message>
        <source>Valid Class I IP items the firm owns</source>
        <translation>企业拥有的有效Ⅰ类知识产权数量</translation>
    </message>
    <message>
        <source>Digital maturity level</source>
        <translation>数字化水平等级</translation>
    </message>
    <message>
        <source>The firm&apos;s own verdict on the three targets</source>
        <translation>该企业三项目标的总体结论</translation>
    </message>
    <message>
        <source>The first title of the ladder not yet reached: criteria not met, to confirm</source>
        <translation>梯度中尚未达到的第一个称号：未满足项、待确认项</translation>
    </message>
    <message>
        <source>(unnamed firm)</source>
        <translation>（未命名企业）</translation>
    </message>
    <message>
        <source>%1 not met, %2 to confirm</source>
        <translation>未满足%1项，待确认%2项</translation>
    </message>
    <message>
        <source>Left out of the cohort figures: the built-in sample firm, whose figures are invented.</source>
        <translation>未计入群体统计：内置示例企业，数据为虚构。</translation>
    </message>
    <message>
        <source>Left out of the cohort figures: the 2026 targets are not in force on this assessment date.</source>
        <translation>未计入群体统计：评估日不在2026年目标的适用期内。</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>%1状态</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>R&amp;D share (%)</source>
        <translation>研发占比（%）</translation>
    </message>
    <message>
        <source>Class I IP (items)</source>
        <translation>Ⅰ类知识产权（项）</translation>
    </message>
    <message>
        <source>In the cohort figures</source>
        <translation>计入群体统计</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare assessments</source>
        <translation>评估对比</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>较早的评估：</translation>
    </message>
    <message>
        <source>Later:</source>
        <translation>较晚的评估：</translation>
    </message>
    <message>
        <source>Rules in force on:</source>
        <translation>规则适用日期：</translation>
    </message>
    <message>
        <source>Re-score the later assessment</source>
        <translation>按所选日期的规则重新评估较晚的评估</translation>
    </message>
    <message>
        <source>Compute the later assessment again under the rules in force on the date chosen; nothing is saved until you accept.</source>
        <translation>按所选日期适用的规则重新计算较晚的评估；在您接受之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Accept the re-score</source>
        <translation>接受重新评估结果</translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation>导出对比…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果变化</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>数据变化</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>对比前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>对比后</translation>
    </message>
    <message>
        <source>Scheme / criterion</source>
        <translation>认定类别 / 条件</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>The re-score was not saved: %1</source>
        <translation>重新评估结果未保存：%1</translation>
    </message>
    <message>
        <source>Accept re-score</source>
        <translation>接受重新评估</translation>
    </message>
    <message>
        <source>This firm has no assessment to compare yet.</source>
        <translation>该企业还没有可对比的评估。</translation>
    </message>
    <message>
        <source>%1 and %2: nothing changed.</source>
        <translation>%1 与 %2：没有变化。</translation>
    </message>
    <message>
        <source>%1 → %2: %3 inputs changed, %4 results changed, %5 verdicts flipped (%6 marks the criteria that flipped them).</source>
        <translation>%1 → %2：%3 项数据变化，%4 项结果变化，%5 项结论改变（%6 标出使结论改变的条件）。</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>工作簿 (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>文件无法写入：%1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>(unnamed firm)</source>
        <translation>（未命名企业）</translation>
    </message>
    <message>
        <source>re-review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>new application</source>
        <translation>新申报</translation>
    </message>
    <message>
        <source>%1 · assessed on %2 · %3</source>
        <translation>%1 · 评估日期 %2 · %3</translation>
    </message>
    <message>
        <source>Nothing to close: every scheme in force is met.</source>
        <translation>暂无差距：所有适用的认定均已满足。</translation>
    </message>
    <message>
        <source>%1 more in the schemes&apos; details.</source>
        <translation>另有 %1 项，见各项认定的详情。</translation>
    </message>
    <message>
        <source>Xiamen 2026 targets</source>
        <translation>厦门2026年目标</translation>
    </message>
    <message>
        <source>Qualification ladder</source>
        <translation>梯度认定</translation>
    </message>
    <message>
        <source>Gaps most worth closing</source>
        <translation>最值得补齐的差距</translation>
    </message>
    <message>
        <source>Digital maturity</source>
        <translation>数字化水平</translation>
    </message>
</context>
<context>
    <name>DigitalChart</name>
    <message>
        <source>Scenes: grade reached against grade %1 needed</source>
        <translation>场景：已达等级与所需等级（%1级）</translation>
    </message>
    <message>
        <source>no level yet</source>
        <translation>未达一级</translation>
    </message>
    <message>
        <source>Digital level: %1 (official platform)</source>
        <translation>数字化水平：%1（官方平台）</translation>
    </message>
    <message>
        <source>Digital level: open, %1</source>
        <translation>数字化水平：待定（%1）</translation>
    </message>
    <message>
        <source>Digital level: %1 · %2 points</source>
        <translation>数字化水平：%1 · %2 分</translation>
    </message>
    <message>
        <source>The top level is reached.</source>
        <translation>已达最高等级。</translation>
    </message>
    <message>
        <source>To reach %1:</source>
        <translation>要达到%1：</translation>
    </message>
    <message>
        <source>Questionnaire (self-estimate) — %1</source>
        <translation>问卷（自评估）——%1</translation>
    </message>
    <message>
        <source>%1 answers still open, counted as 0 points and grade 0</source>
        <translation>%1 项未作答，按 0 分、0 级计</translation>
    </message>
    <message>
        <source>points %1 of %2 needed</source>
        <translation>得分 %1，需 %2</translation>
    </message>
    <message>
        <source>scenes at grade %1+: %2 of %3</source>
        <translation>%1级及以上场景：%2 个，需 %3 个</translation>
    </message>
    <message>
        <source>of them ★ constraint scenes: %1 of %2</source>
        <translation>其中★约束性场景：%1 个，需 %2 个</translation>
    </message>
    <message>
        <source>No digital-maturity rules apply on the assessment date.</source>
        <translation>评估日无适用的数字化水平评测规则。</translation>
    </message>
    <message>
        <source>reaches the grade needed</source>
        <translation>达到所需等级</translation>
    </message>
    <message>
        <source>below it</source>
        <translation>低于所需等级</translation>
    </message>
    <message>
        <source>grade needed</source>
        <translation>所需等级</translation>
    </message>
    <message>
        <source>constraint scene</source>
        <translation>约束性场景</translation>
    </message>
</context>
<context>
    <name>DigitalPage</name>
    <message>
        <source>Official digital level</source>
        <translation>官方评测等级</translation>
    </message>
    <message>
        <source>Scored items (100 points)</source>
        <translation>计分题（100分）</translation>
    </message>
    <message>
        <source>Scenes (graded 0–4)</source>
        <translation>应用场景（0–4级）</translation>
    </message>
    <message>
        <source>%1 marks a constraint scene: each level needs a minimum number of them among its scenes.</source>
        <translation>%1 表示约束性场景：每个等级都要求其中有一定数量的约束性场景达到该级。</translation>
    </message>
    <message>
        <source>No digital-maturity questionnaire is in force on the assessment date (%1). The 2024 questionnaire applies from 2024-09-04.</source>
        <translation>评估日（%1）无适用的数字化水平评测问卷。2024年版问卷自2024-09-04起适用。</translation>
    </message>
    <message>
        <source>%1 of %2 graded</source>
        <translation>已评 %1 / %2</translation>
    </message>
    <message>
        <source>Digital maturity (2024 questionnaire)</source>
        <translation>数字化水平（2024年版问卷）</translation>
    </message>
    <message>
        <source>Enter the level from the official MIIT platform if the firm has one; the questionnaire then remains a self-estimate beside it. Unanswered items stay “to confirm”.</source>
        <translation>企业如已在工信部官方平台取得评测等级，请填写该等级，问卷结果仅作为自评估并列显示。未作答的题目保持“待确认”。</translation>
    </message>
    <message>
        <source>Use the level from the official MIIT platform:</source>
        <translation>采用工信部官方平台的评测等级：</translation>
    </message>
    <message>
        <source>Answer the questionnaire (self-estimate)</source>
        <translation>填写问卷（自评估）</translation>
    </message>
    <message>
        <source>The official platform level counts; the questionnaire below is a self-estimate beside it.</source>
        <translation>以官方平台等级为准；下方问卷仅作自评估参考。</translation>
    </message>
</context>
<context>
    <name>DigitalSummary</name>
    <message>
        <source>Base score &lt;b&gt;%1&lt;/b&gt; / %2</source>
        <translation>基础得分 &lt;b&gt;%1&lt;/b&gt; / %2</translation>
    </message>
    <message>
        <source>Base score &lt;b&gt;%1–%2&lt;/b&gt; / %3 (%4 answers open)</source>
        <translation>基础得分 &lt;b&gt;%1–%2&lt;/b&gt; / %3（%4 项未作答）</translation>
    </message>
    <message>
        <source>Scenes graded at level %1</source>
        <translation>各等级场景数：%1</translation>
    </message>
    <message>
        <source>Level: &lt;b&gt;%1&lt;/b&gt; (questionnaire, self-estimate)</source>
        <translation>等级：&lt;b&gt;%1&lt;/b&gt;（问卷自评估）</translation>
    </message>
    <message>
        <source>Level that counts: &lt;b&gt;%1&lt;/b&gt; (official platform) · questionnaire: %2 (self-estimate)</source>
        <translation>认定采用：&lt;b&gt;%1&lt;/b&gt;（官方平台）· 问卷：%2（自评估）</translation>
    </message>
    <message>
        <source>%1 to %2, answers open</source>
        <translation>%1 至 %2（尚有未作答题目）</translation>
    </message>
    <message>
        <source>The questionnaire reaches the top level.</source>
        <translation>问卷结果已达最高等级。</translation>
    </message>
</context>
<context>
    <name>DoubtBar</name>
    <message>
        <source>%1: %2. %3 Divided by 10,000 it is %4 万元.</source>
        <translation>%1：%2。%3 除以10,000后为 %4 万元。</translation>
    </message>
    <message>
        <source>Divide by 10,000</source>
        <translation>除以10,000</translation>
    </message>
    <message>
        <source>Keep as entered</source>
        <translation>保留原值</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence for the application</source>
        <translation>申报材料</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>No files yet. Add the certificates, audit reports and ledgers the application asks for.</source>
        <translation>尚无文件。请添加申报所需的证书、审计报告和辅助账等材料。</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Export as zip…</source>
        <translation>导出为zip…</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>导出到文件夹…</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未移除</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The file was not added</source>
        <translation>文件未添加</translation>
    </message>
    <message>
        <source>Export as zip</source>
        <translation>导出为zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Export to a folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>application documents</source>
        <translation>申报材料</translation>
    </message>
    <message>
        <source>Cannot export the evidence</source>
        <translation>无法导出申报材料</translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>Add evidence</source>
        <translation>添加申报材料</translation>
    </message>
    <message>
        <source>e.g. 2025</source>
        <translation>例如 2025</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Proves</source>
        <translation>证明事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Year it covers</source>
        <translation>所属年度</translation>
    </message>
    <message>
        <source>The firm in general</source>
        <translation>企业基本材料</translation>
    </message>
    <message>
        <source>The file cannot expire before it was issued.</source>
        <translation>有效期不能早于发证日期。</translation>
    </message>
    <message>
        <source>Year it covers: enter a year such as 2025.</source>
        <translation>所属年度：请输入年份，例如 2025。</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>“%1” ends on %2 (%3). Install a newer rule pack when one is published.</source>
        <translation>%1将于%2到期（%3）。有新的规则包发布后请及时安装。</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>还有1天</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>还有%1天</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>a folder of that name is in the way. Choose another file name.</source>
        <translation>已有同名文件夹，请换一个文件名。</translation>
    </message>
    <message>
        <source>access was refused. The file may be open in Excel or a PDF viewer (close it), or the folder may be read-only (choose another folder).</source>
        <translation>没有写入权限：文件可能正在 Excel 或 PDF 阅读器中打开（请先关闭），或该文件夹为只读（请换一个文件夹）。</translation>
    </message>
    <message>
        <source>the folder no longer exists. Choose another folder.</source>
        <translation>该文件夹已不存在，请换一个文件夹。</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Writing the Excel workbook…</source>
        <translation>正在生成 Excel 工作簿…</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>正在生成简报…</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>正在生成 PDF 报告…</translation>
    </message>
    <message>
        <source>Tick at least one file to write.</source>
        <translation>请至少勾选一个要生成的文件。</translation>
    </message>
    <message>
        <source>Give each file a name.</source>
        <translation>请为每个文件填写文件名。</translation>
    </message>
    <message>
        <source>A file name cannot contain any of  &lt; &gt; : &quot; / \ | ? *</source>
        <translation>文件名不能包含以下字符：&lt; &gt; : &quot; / \ | ? *</translation>
    </message>
    <message>
        <source>The PDF report and the brief need different names.</source>
        <translation>PDF 报告和简报的文件名不能相同。</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>请选择一个已存在的文件夹。</translation>
    </message>
    <message>
        <source>%1 already exists and will be replaced.</source>
        <translation>%1 已存在，将被覆盖。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>已取消导出，未生成任何文件。</translation>
    </message>
    <message>
        <source>Written to %1:</source>
        <translation>已保存到 %1：</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>(unnamed firm)</source>
        <translation>（未命名企业）</translation>
    </message>
    <message>
        <source>The report of %1 as assessed on %2.</source>
        <translation>%1 的评估报告（评估日期 %2）。</translation>
    </message>
    <message>
        <source>Files to write</source>
        <translation>要生成的文件</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <source>PDF brief for the manager (2 pages)</source>
        <translation>PDF 简报（供负责人阅读，2 页）</translation>
    </message>
    <message>
        <source>Every figure, with live formulas for each ratio and check: to verify and correct.</source>
        <translation>包含全部数据，各项比率和核查均保留公式，便于核对和修改。</translation>
    </message>
    <message>
        <source>Summary, charts and every criterion with its source: to read, print or send.</source>
        <translation>包含摘要、图表及每项条件的依据，便于阅读、打印或发送。</translation>
    </message>
    <message>
        <source>The targets, the ladder and the three most valuable actions with their cost and support.</source>
        <translation>厦门目标、梯度培育阶梯和最有价值的三项行动（含成本与可获支持），共两页。</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>完整报告</translation>
    </message>
    <message>
        <source>Brief (2 pages)</source>
        <translation>简报（2 页）</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>Enter a whole number</source>
        <translation>请输入整数</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FirmBox</name>
    <message>
        <source>(unnamed firm)</source>
        <translation>（未命名企业）</translation>
    </message>
    <message>
        <source>Merge into the firm already there</source>
        <translation>合并到已有的企业</translation>
    </message>
    <message>
        <source>Keep both (a second firm of the same name)</source>
        <translation>两家都保留（另建一家同名企业）</translation>
    </message>
    <message>
        <source>Skip this firm</source>
        <translation>跳过此企业</translation>
    </message>
    <message>
        <source>Not in the workspace yet: added with its assessments (%1).</source>
        <translation>工作区中尚无此企业：连同其评估（%1份）一并添加。</translation>
    </message>
    <message>
        <source>Already in the workspace as “%1”: %2 new, %3 already there, %4 differ.</source>
        <translation>工作区中已有此企业（“%1”）：新增%2份，已有%3份，不同%4份。</translation>
    </message>
</context>
<context>
    <name>FirmExportDialog</name>
    <message>
        <source>Export firms</source>
        <translation>导出企业</translation>
    </message>
    <message>
        <source>(unnamed firm)</source>
        <translation>（未命名企业）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The firms you tick travel with all their assessments and evidence in one file. A password encrypts it (AES-256-GCM); without the password nobody can open it, you included.</source>
        <translation>勾选的企业连同其全部评估和申报材料导出为一个文件。设置密码即加密（AES-256-GCM）；没有密码，任何人（包括您自己）都无法打开。</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>密码（可选）</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Tick at least one firm.</source>
        <translation>请至少勾选一家企业。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Firms files (*%1)</source>
        <translation>企业交换文件 (*%1)</translation>
    </message>
    <message>
        <source>Cannot export the firms</source>
        <translation>无法导出企业</translation>
    </message>
    <message>
        <source>Exported, with assessments left out</source>
        <translation>已导出，部分评估未包含</translation>
    </message>
    <message>
        <source>These assessments cannot be read and were left out:</source>
        <translation>以下评估无法读取，未导出：</translation>
    </message>
    <message>
        <source>Firms exported: %1</source>
        <translation>企业已导出：%1</translation>
    </message>
</context>
<context>
    <name>FirmImportDialog</name>
    <message>
        <source>Import firms</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Nothing is imported until you press Import; then all of it, or nothing.</source>
        <translation>按“导入”之前不会导入任何内容；导入时要么全部导入，要么一项都不导入。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>The import failed and the workspace was left as it was: %1</source>
        <translation>导入失败，工作区保持原样：%1</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <source>Password of this firms file:</source>
        <translation>此企业交换文件的密码：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>to confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>e.g. 2014-6-18</source>
        <translation>如 2014-6-18 或 2014年6月18日</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>GapTable</name>
    <message>
        <source>How much</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>What to close</source>
        <translation>待补齐事项</translation>
    </message>
    <message>
        <source>For</source>
        <translation>涉及认定</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Click a field to see what the official definition counts.</source>
        <translation>点击任一填写项，查看官方口径的统计范围。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Compare assessments and re-score…</source>
        <translation>评估对比与重新评估…</translation>
    </message>
    <message>
        <source>Evidence checklist…</source>
        <translation>申报材料清单…</translation>
    </message>
    <message>
        <source>Open or save an assessment of a firm first.</source>
        <translation>请先打开或保存一家企业的评估。</translation>
    </message>
</context>
<context>
    <name>HonoursPage</name>
    <message>
        <source>Local indicator points run from 0 to %1</source>
        <translation>地方特色指标得分范围为 0 至 %1</translation>
    </message>
    <message>
        <source>A share cannot exceed 100%</source>
        <translation>占比不能超过 100%</translation>
    </message>
    <message>
        <source>Enter the grant date: a title needs one (the expiry date is optional)</source>
        <translation>请填写认定日期：称号必须有认定日期（有效期截止日可不填）</translation>
    </message>
    <message>
        <source>The expiry date is before the grant date</source>
        <translation>有效期截止日早于认定日期</translation>
    </message>
    <message>
        <source>Confirm: no honours or titles</source>
        <translation>确认没有荣誉和称号</translation>
    </message>
    <message>
        <source>Confirmed: the firm holds no titles, awards, R&amp;D institutions or standards.</source>
        <translation>已确认：企业没有任何称号、奖项、研发机构或标准。</translation>
    </message>
    <message>
        <source>No title, award, R&amp;D institution or standard entered yet, so those criteria are to confirm: enter them, or confirm that the firm has none.</source>
        <translation>尚未录入任何称号、奖项、研发机构或标准，相关条件均为待确认：请录入，或确认“没有荣誉和称号”。</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>SRDI development score</source>
        <translation>专精特新发展评价得分</translation>
    </message>
    <message>
        <source>High-tech enterprise certificate</source>
        <translation>高新技术企业证书</translation>
    </message>
    <message>
        <source>Innovative SME</source>
        <translation>创新型中小企业</translation>
    </message>
    <message>
        <source>Tech-based SME (registered)</source>
        <translation>科技型中小企业（已入库）</translation>
    </message>
    <message>
        <source>SRDI SME</source>
        <translation>专精特新中小企业</translation>
    </message>
    <message>
        <source>SRDI “little giant”</source>
        <translation>专精特新“小巨人”企业</translation>
    </message>
    <message>
        <source>National technology innovation demonstration enterprise</source>
        <translation>国家技术创新示范企业</translation>
    </message>
    <message>
        <source>IP advantage or demonstration enterprise</source>
        <translation>知识产权优势企业或示范企业</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>S&amp;T award</source>
        <translation>科技奖励</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>R&amp;D institution</source>
        <translation>研发机构</translation>
    </message>
    <message>
        <source>Recognised on</source>
        <translation>认定日期</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>起草角色</translation>
    </message>
    <message>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>Provincial or ministerial</source>
        <translation>省部级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>Below city level</source>
        <translation>市级以下</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>A science and technology award</source>
        <translation>是否为科技奖励</translation>
    </message>
    <message>
        <source>The firm&apos;s rank among the winners</source>
        <translation>本企业在获奖单位中的排名</translation>
    </message>
    <message>
        <source>The firm&apos;s role</source>
        <translation>本企业的起草角色</translation>
    </message>
    <message>
        <source>Quality and brand</source>
        <translation>质量与品牌</translation>
    </message>
    <message>
        <source>Quality award at provincial level or above</source>
        <translation>获得省级以上质量奖</translation>
    </message>
    <message>
        <source>Management system certified (e.g. ISO 9001)</source>
        <translation>管理体系已获认证（如 ISO 9001）</translation>
    </message>
    <message>
        <source>Products certified in developed countries or regions</source>
        <translation>产品通过发达国家和地区的认证</translation>
    </message>
    <message>
        <source>Own brand</source>
        <translation>拥有自主品牌</translation>
    </message>
    <message>
        <source>At least one core business run on an information system</source>
        <translation>至少1项核心业务采用信息系统支撑</translation>
    </message>
    <message>
        <source>Niche market</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>National niche market share (%)</source>
        <translation>全国细分市场占有率（%）</translation>
    </message>
    <message>
        <source>Rank in the domestic niche market</source>
        <translation>国内细分市场排名</translation>
    </message>
    <message>
        <source>Share among the leaders of the niche market</source>
        <translation>细分市场占有率较为靠前</translation>
    </message>
    <message>
        <source>“Maker China” (创客中国) competition</source>
        <translation>“创客中国”中小企业创新创业大赛</translation>
    </message>
    <message>
        <source>Year in the national top 500 (enterprise group)</source>
        <translation>进入全国500强企业组的年份</translation>
    </message>
    <message>
        <source>Year in the national top 50 (enterprise group)</source>
        <translation>进入全国50强企业组的年份</translation>
    </message>
    <message>
        <source>Digital level and local indicators</source>
        <translation>数字化水平与地方特色指标</translation>
    </message>
    <message>
        <source>Official digital level (platform assessment)</source>
        <translation>数字化水平等级（官方平台评测）</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <source>Below level 1</source>
        <translation>未达一级</translation>
    </message>
    <message>
        <source>Local indicator points (Xiamen), 0 to %1</source>
        <translation>地方特色指标得分（厦门），0 至 %1</translation>
    </message>
    <message>
        <source>Honours, certificates and titles</source>
        <translation>荣誉、证书与称号</translation>
    </message>
    <message>
        <source>Titles the firm holds, with the dates on the certificate; awards, R&amp;D institutions and standards; quality and market facts. Leave anything unknown empty: it stays “to confirm”.</source>
        <translation>企业已获称号及证书上的日期；奖项、研发机构与标准；质量与市场情况。不清楚的项请留空，将保持“待确认”。</translation>
    </message>
    <message>
        <source>Titles and scores</source>
        <translation>称号与评价得分</translation>
    </message>
    <message>
        <source>Awards, R&amp;D institutions, standards</source>
        <translation>奖项、研发机构、标准</translation>
    </message>
    <message>
        <source>Quality, market, other</source>
        <translation>质量、市场及其他</translation>
    </message>
    <message>
        <source>Title or certificate</source>
        <translation>称号或证书</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>认定日期</translation>
    </message>
    <message>
        <source>Expires on (optional)</source>
        <translation>有效期至（可不填）</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>R&amp;D institutions</source>
        <translation>研发机构</translation>
    </message>
    <message>
        <source>Standards drafted</source>
        <translation>参与制修订的标准</translation>
    </message>
    <message>
        <source>We have no honours or titles</source>
        <translation>确认没有荣誉和称号</translation>
    </message>
    <message>
        <source>Confirm that the firm holds no titles, awards, R&amp;D institutions or standards (Ctrl+Z undoes)</source>
        <translation>确认企业没有任何称号、奖项、研发机构或标准（Ctrl+Z可撤销）</translation>
    </message>
    <message>
        <source>SRDI development evaluation score (from the MIIT platform), by year</source>
        <translation>专精特新发展评价得分（工信部平台），按年份</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1年得分</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>%1 rows read: %2 can be imported, %3 problems. Rows with a problem are left out; correct them in the workbook and import those rows again.</source>
        <translation>共读取 %1 行：%2 行可导入，%3 处问题。有问题的行不会导入，请在工作簿中改正后再导入这些行。</translation>
    </message>
    <message>
        <source>Import %1 good rows</source>
        <translation>导入 %1 行无误数据</translation>
    </message>
</context>
<context>
    <name>IpItemDialog</name>
    <message>
        <source>Edit IP item</source>
        <translation>编辑知识产权</translation>
    </message>
    <message>
        <source>Add IP item</source>
        <translation>添加知识产权</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>授权日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>获得方式</translation>
    </message>
    <message>
        <source>Transferred to the firm on</source>
        <translation>转让至本企业的日期</translation>
    </message>
    <message>
        <source>Related to the main product</source>
        <translation>与主导产品相关</translation>
    </message>
    <message>
        <source>Applied, with economic benefit</source>
        <translation>已实际应用并产生经济效益</translation>
    </message>
    <message>
        <source>The firm&apos;s rank among the right holders</source>
        <translation>本企业在权利人中的排名</translation>
    </message>
    <message>
        <source>High value (overseas family, held over 10 years, pledged, or prize-winning)</source>
        <translation>高价值（海外有同族专利、维持超过10年、质押融资或获奖）</translation>
    </message>
    <message>
        <source>Already used in an earlier 高企 application</source>
        <translation>已在以往的高企申报中使用</translation>
    </message>
</context>
<context>
    <name>IpRegisterPage</name>
    <message>
        <source>Add IP item</source>
        <translation>添加知识产权</translation>
    </message>
    <message>
        <source>Edit IP item</source>
        <translation>编辑知识产权</translation>
    </message>
    <message>
        <source>Remove IP items</source>
        <translation>删除知识产权</translation>
    </message>
    <message>
        <source>%1 items removed. Undo (Ctrl+Z) brings them back.</source>
        <translation>已删除 %1 项。撤销（Ctrl+Z）可恢复。</translation>
    </message>
    <message>
        <source>Confirm: no IP</source>
        <translation>确认没有知识产权</translation>
    </message>
    <message>
        <source>Confirmed: the firm holds no IP. Every IP count reads 0.</source>
        <translation>已确认：企业没有知识产权，各项知识产权计数为0。</translation>
    </message>
    <message>
        <source>The register is empty, so every IP count is to confirm: add the items, or confirm that the firm has none.</source>
        <translation>知识产权清单尚未填写，各项知识产权计数均为待确认：请录入，或确认“没有知识产权”。</translation>
    </message>
    <message>
        <source>Select one item to see which schemes count it</source>
        <translation>选中一项，查看哪些认定计入该项</translation>
    </message>
    <message>
        <source>Which schemes count “%1”</source>
        <translation>哪些认定计入“%1”</translation>
    </message>
    <message>
        <source>Import IP list</source>
        <translation>导入知识产权清单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>已取消导入，未做任何更改。</translation>
    </message>
    <message>
        <source>No IP items found in the workbook.</source>
        <translation>工作簿中未找到知识产权条目。</translation>
    </message>
    <message>
        <source>Import IP items from Excel</source>
        <translation>从 Excel 导入知识产权</translation>
    </message>
    <message>
        <source>%1 items imported. Undo (Ctrl+Z) takes them all back.</source>
        <translation>已导入 %1 项。撤销（Ctrl+Z）可全部撤回。</translation>
    </message>
    <message>
        <source>IP register</source>
        <translation>知识产权清单</translation>
    </message>
    <message>
        <source>Every patent, software copyright and other IP item the firm holds or has applied for. Each scheme counts items by its own rule: select an item to see which count it and why.</source>
        <translation>企业拥有或已申请的每一项专利、软件著作权及其他知识产权。各项认定按各自规则计数：选中某项即可查看哪些认定计入该项及原因。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>We have none</source>
        <translation>确认没有知识产权</translation>
    </message>
    <message>
        <source>Confirm that the firm holds no IP (undo with Ctrl+Z)</source>
        <translation>确认企业没有任何知识产权（Ctrl+Z可撤销）</translation>
    </message>
</context>
<context>
    <name>IpTableModel</name>
    <message>
        <source>Type (class)</source>
        <translation>类型（类别）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Granted
on</source>
        <translation>授权
日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>How
obtained</source>
        <translation>获得
方式</translation>
    </message>
    <message>
        <source>Transferred
on</source>
        <translation>转让
日期</translation>
    </message>
    <message>
        <source>Main product
related</source>
        <translation>与主导
产品相关</translation>
    </message>
    <message>
        <source>Applied with
benefit</source>
        <translation>应用并
产生效益</translation>
    </message>
    <message>
        <source>Holder
rank</source>
        <translation>权利人
排名</translation>
    </message>
    <message>
        <source>High
value</source>
        <translation>高
价值</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ItemSelector</name>
    <message>
        <source>Tick all that apply; the points of the options ticked add up.</source>
        <translation>可多选，所选各项分值累加。</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>单选。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Leave this item “to confirm”</source>
        <translation>将此题留作“待确认”</translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <translation>%1 / %2 分</translation>
    </message>
</context>
<context>
    <name>LadderStep</name>
    <message>
        <source>Open the criteria of %1</source>
        <translation>查看%1的认定条件</translation>
    </message>
    <message>
        <source>No rule pack in force</source>
        <translation>评估日无适用规则</translation>
    </message>
    <message>
        <source>%1 · rules %2</source>
        <translation>%1 · 规则版本 %2</translation>
    </message>
</context>
<context>
    <name>LadderView</name>
    <message>
        <source>Beside the ladder: titles that open direct routes to its steps</source>
        <translation>梯度之外：可直通各级认定的资质</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Open assessment file</source>
        <translation>打开评估文件</translation>
    </message>
    <message>
        <source>Assessment files (*.srdi)</source>
        <translation>评估文件 (*.srdi)</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Import firms</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <source>Firms files (*.srdifirms)</source>
        <translation>企业交换文件 (*.srdifirms)</translation>
    </message>
    <message>
        <source>Save assessment file</source>
        <translation>保存评估文件</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <source>Blank data-collection template</source>
        <translation>空白数据采集模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot write the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
    <message>
        <source>Import data-collection template</source>
        <translation>导入数据采集模板</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Enter data</source>
        <translation>数据录入</translation>
    </message>
    <message>
        <source>Support and action plan</source>
        <translation>支持措施与行动计划</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>企业列表</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>另存为文件…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Blank data-collection template…</source>
        <translation>导出空白数据采集模板…</translation>
    </message>
    <message>
        <source>Import template…</source>
        <translation>导入数据采集模板…</translation>
    </message>
    <message>
        <source>Cohort of firms…</source>
        <translation>园区/全市企业群体…</translation>
    </message>
    <message>
        <source>Install rule update…</source>
        <translation>安装规则更新…</translation>
    </message>
    <message>
        <source>Import firms…</source>
        <translation>导入企业…</translation>
    </message>
    <message>
        <source>Export firms…</source>
        <translation>导出企业…</translation>
    </message>
    <message>
        <source>Evidence for the application…</source>
        <translation>申报材料…</translation>
    </message>
    <message>
        <source>About the rules…</source>
        <translation>关于规则…</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About SRDI Self-Check…</source>
        <translation>关于专精特新达标自评…</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>(unnamed firm)</source>
        <translation>（未命名企业）</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translation>（示例）</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>SRDI Self-Check</source>
        <translation>专精特新达标自评</translation>
    </message>
    <message>
        <source>Your latest changes are not in the workspace. Save them as a file before closing? Closing without saving loses them.</source>
        <translation>最近的修改还没有存进工作区。关闭前要先另存为文件吗？不保存就关闭，这些修改会丢失。</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>The measures&apos; document has ended: this measure can no longer be claimed.</source>
        <translation>支持措施文件已到期：本措施不可再申请。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>申领状态</translation>
    </message>
    <message>
        <source>Amount (万元)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>To unlock or to check</source>
        <translation>待补齐或待确认</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>The measure&apos;s number in the Xiamen SRDI support measures</source>
        <translation>该措施在《厦门市支持专精特新企业高质量发展的若干措施》中的序号</translation>
    </message>
    <message>
        <source>An estimate from the measure&apos;s wording and your planned spend, in 万元</source>
        <translation>根据措施条文和计划投入估算，单位：万元</translation>
    </message>
    <message>
        <source>For a near miss, the gap that would unlock it; otherwise what to ask the agency</source>
        <translation>差一步可申领的措施：补齐后即可申领的差距；其他措施：需向主管部门确认的事项</translation>
    </message>
    <message>
        <source>↑ see above</source>
        <translation>↑ 见上方</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最高 %1</translation>
    </message>
    <message>
        <source>In force until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>已于%1到期</translation>
    </message>
    <message>
        <source>No amount: the measure has expired</source>
        <translation>无金额：本措施已到期</translation>
    </message>
    <message>
        <source>No amount: not eligible, not money, or a figure of the planned spend is missing</source>
        <translation>无金额：不符合条件、非资金支持，或计划投入中缺少所需数据</translation>
    </message>
    <message>
        <source>What the measure would give once the gap is closed</source>
        <translation>补齐差距后该措施可给予的金额</translation>
    </message>
    <message>
        <source>A maximum: the agency sets the amount under its implementing rules</source>
        <translation>上限金额：实际金额由主管部门按实施细则核定</translation>
    </message>
    <message>
        <source>An estimate from the measure&apos;s wording</source>
        <translation>根据措施条文估算</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>全部措施</translation>
    </message>
    <message>
        <source>%1 to unlock %2 measures</source>
        <translation>%1可解锁 %2 项措施</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No Xiamen support measures are in force on the assessment date.</source>
        <translation>评估日无适用的厦门市支持措施。</translation>
    </message>
    <message>
        <source>Claimable now: none (all %1 measures have expired)</source>
        <translation>现在可申领：无（全部%1项措施均已到期）</translation>
    </message>
    <message>
        <source>To check with the agency: %1</source>
        <translation>需向主管部门确认：%1 项</translation>
    </message>
    <message>
        <source>Claimable now: none yet</source>
        <translation>现可申领：暂无</translation>
    </message>
    <message>
        <source>Claimable now: %1</source>
        <translation>现可申领：%1 项</translation>
    </message>
    <message>
        <source>%1 (services, or amounts the agency sets)</source>
        <translation>%1（服务类措施，或金额由主管部门核定）</translation>
    </message>
    <message>
        <source>up to %1万元</source>
        <translation>最高 %1 万元</translation>
    </message>
    <message>
        <source>about %1万元</source>
        <translation>约 %1 万元</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Near misses: %1</source>
        <translation>差一步可申领：%1 项</translation>
    </message>
    <message>
        <source>up to %1万元 once their gaps are closed</source>
        <translation>补齐差距后最高 %1 万元</translation>
    </message>
    <message>
        <source>Select a measure to read its full conditions and wording.</source>
        <translation>选中一项措施，查看其完整条件和条文。</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>主管部门：%1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>What unlocks it or what to check: %1</source>
        <translation>待补齐或待确认：%1</translation>
    </message>
    <message>
        <source>Wording: %1</source>
        <translation>条文：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>A new firm</source>
        <translation>新企业</translation>
    </message>
    <message>
        <source>(unnamed firm)</source>
        <translation>（未命名企业）</translation>
    </message>
    <message>
        <source>Full registered name</source>
        <translation>营业执照上的企业全称</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新申报</translation>
    </message>
    <message>
        <source>Re-review of a title held</source>
        <translation>已获称号的复核</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Firm name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>评估目的</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Read only: this workspace is already open in another SRDI Self-Check window. Work there; changes made here are not accepted.</source>
        <translation>只读：这个工作区已在另一个“专精特新达标自评”窗口中打开。请在那个窗口里修改；这里的修改不会被接受。</translation>
    </message>
    <message>
        <source>Read only: the workspace could not be opened, so nothing here can be saved.</source>
        <translation>只读：工作区无法打开，这里的内容都不能保存。</translation>
    </message>
    <message>
        <source>Read only: the workspace file is marked read-only, so changes are not accepted.</source>
        <translation>只读：工作区文件被设为只读，不能修改。</translation>
    </message>
    <message>
        <source>Not saved: this assessment was deleted in another window. What you entered is kept here; save it as a new assessment or as a file.</source>
        <translation>未保存：这份评估已在另一个窗口中被删除。您填写的内容仍保留在这里，请另存为新评估或另存为文件。</translation>
    </message>
    <message>
        <source>Not saved: this assessment was changed in another window. What you entered is kept here; save it as a new assessment or as a file, or drop it and see the other version.</source>
        <translation>未保存：这份评估已在另一个窗口中被修改。您填写的内容仍保留在这里，请另存为新评估或另存为文件，或放弃这些修改、查看另一个窗口保存的版本。</translation>
    </message>
    <message>
        <source>Save as new assessment</source>
        <translation>另存为新评估</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>另存为文件…</translation>
    </message>
    <message>
        <source>Drop my changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <source>Not saved: %1. What you entered is kept in this window and will be saved as soon as possible.</source>
        <translation>未保存：%1。您填写的内容仍保留在本窗口中，将尽快自动保存。</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>No action plan yet. “Build plan” turns the gaps the self-check found into steps: what each changes in the results, the support measures that co-fund it, its cost and a due date. Then give each step an owner, a due date and a note; they are kept when you refresh the plan.</source>
        <translation>尚无行动计划。点击“生成计划”，将自评发现的差距转化为行动步骤，并列出每一步对评估结果的影响、可获支持措施、成本和截止日期。之后可为每一步指定负责人、截止日期并填写备注；刷新计划时，这些内容都会保留。</translation>
    </message>
    <message>
        <source>The plan is up to date.</source>
        <translation>计划已是最新。</translation>
    </message>
    <message>
        <source>Refresh action plan</source>
        <translation>刷新行动计划</translation>
    </message>
    <message>
        <source>Build action plan</source>
        <translation>生成行动计划</translation>
    </message>
    <message>
        <source>Refresh plan</source>
        <translation>刷新计划</translation>
    </message>
    <message>
        <source>Build plan</source>
        <translation>生成计划</translation>
    </message>
    <message>
        <source>Rebuild the steps from the current figures; your owners, dates, ticks and notes are kept</source>
        <translation>按当前数据重新生成步骤；已填写的负责人、日期、完成勾选和备注均会保留</translation>
    </message>
    <message>
        <source>Turn the gaps the self-check found into steps</source>
        <translation>将自评发现的差距转化为行动步骤</translation>
    </message>
    <message>
        <source>Built on %1 · %2 steps, %3 done</source>
        <translation>生成于 %1 · 共 %2 步，已完成 %3 步</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 步已逾期</translation>
    </message>
    <message>
        <source>Double-click an owner, due date or note to edit it.</source>
        <translation>双击负责人、截止日期或备注即可编辑。</translation>
    </message>
    <message>
        <source>Select a step to read all it changes and the measures that co-fund it.</source>
        <translation>选中一个步骤，查看它带来的全部变化及可获支持措施。</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>What it changes</source>
        <translation>对结果的影响</translation>
    </message>
    <message>
        <source>Co-funded by</source>
        <translation>可获支持措施</translation>
    </message>
    <message>
        <source>Cost (万元)</source>
        <translation>成本（万元）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The results that change once the action is done: scheme, criterion, before → after</source>
        <translation>完成该行动后会变化的评估结果：认定、条件、变化前 → 变化后</translation>
    </message>
    <message>
        <source>Support measures that co-fund the action once it is done (their numbers)</source>
        <translation>完成该行动后可提供资金支持的措施（措施序号）</translation>
    </message>
    <message>
        <source>What the action costs where the figures say, the subsidy claimable on it and the net cost, in 万元</source>
        <translation>行动成本（有数据时）、可申领的补助和净成本，单位：万元</translation>
    </message>
    <message>
        <source>Who takes it on (double-click to edit)</source>
        <translation>由谁负责（双击编辑）</translation>
    </message>
    <message>
        <source>The deadline, e.g. 2027-6-30 or 2027年6月30日 (double-click to edit)</source>
        <translation>截止日期，如 2027-6-30 或 2027年6月30日（双击编辑）</translation>
    </message>
    <message>
        <source>Your note (double-click to edit)</source>
        <translation>备注（双击编辑）</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>行动完成情况</translation>
    </message>
    <message>
        <source>The due date of “%1” stays as it was: “%2” is not a date. %3</source>
        <translation>“%1”的截止日期未更改：“%2”不是有效日期。%3</translation>
    </message>
    <message>
        <source>Due date of an action</source>
        <translation>行动的截止日期</translation>
    </message>
    <message>
        <source>Owner of an action</source>
        <translation>行动的负责人</translation>
    </message>
    <message>
        <source>Note on an action</source>
        <translation>行动的备注</translation>
    </message>
    <message>
        <source>What it changes:</source>
        <translation>对结果的影响：</translation>
    </message>
    <message>
        <source>Co-funded by:</source>
        <translation>可获支持措施：</translation>
    </message>
    <message>
        <source>In 万元: %1</source>
        <translation>金额（万元）：%1</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>成本 %1</translation>
    </message>
    <message>
        <source>Subsidy %1</source>
        <translation>补助 %1</translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation>净成本 %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 项</translation>
    </message>
    <message>
        <source>Tick when the action is done</source>
        <translation>行动完成后请勾选</translation>
    </message>
    <message>
        <source>No result changes on its own</source>
        <translation>单独完成此项不会改变评估结果</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the action is not done</source>
        <translation>已逾期：已过截止日期，行动尚未完成</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Full report…</source>
        <translation>完整报告…</translation>
    </message>
    <message>
        <source>Brief for the manager (2 pages)…</source>
        <translation>负责人简报（2 页）…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Sending the report to the printer…</source>
        <translation>正在将报告发送到打印机…</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>报告未能打印：%1</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Firm profile</source>
        <translation>企业概况</translation>
    </message>
    <message>
        <source>Who the firm is and where its main product sits. Leave anything unknown empty: it stays “to confirm” in the results.</source>
        <translation>企业基本情况，以及主导产品所处的细分市场。不清楚的项请留空，评估结果中将显示为“待确认”。</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Firm name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Industry outside the R&amp;D super-deduction (tech-based SME)</source>
        <translation>不适用研发费用加计扣除的行业（科技型中小企业）</translation>
    </message>
    <message>
        <source>District or park</source>
        <translation>所在区或园区</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Figures are</source>
        <translation>财务数据口径</translation>
    </message>
    <message>
        <source>single-entity statements</source>
        <translation>单体报表</translation>
    </message>
    <message>
        <source>consolidated statements</source>
        <translation>合并报表</translation>
    </message>
    <message>
        <source>Main product and niche market</source>
        <translation>主导产品与细分市场</translation>
    </message>
    <message>
        <source>Main product</source>
        <translation>主导产品</translation>
    </message>
    <message>
        <source>In the niche market since</source>
        <translation>开始从事该细分市场的日期</translation>
    </message>
    <message>
        <source>In a strategic emerging industry</source>
        <translation>属于战略性新兴产业</translation>
    </message>
    <message>
        <source>Industrial “six foundations”, time-honoured brand or key supplier of a chain leader</source>
        <translation>属于工业“六基”领域、中华老字号，或主导产品服务关键产业链重点龙头企业</translation>
    </message>
    <message>
        <source>Proven results filling gaps in a key industrial chain</source>
        <translation>在产业链关键领域“补短板”“锻长板”“填空白”取得实际成效</translation>
    </message>
    <message>
        <source>At a key link of an industrial chain</source>
        <translation>位于产业链关键环节</translation>
    </message>
    <message>
        <source>Core technology in the state-supported high-tech fields</source>
        <translation>核心技术属于《国家重点支持的高新技术领域》</translation>
    </message>
    <message>
        <source>Common conditions (declared by the firm)</source>
        <translation>基本条件（企业自行声明）</translation>
    </message>
    <message>
        <source>Registered legal person in China</source>
        <translation>在中国境内注册登记，具有独立法人资格</translation>
    </message>
    <message>
        <source>Not on the abnormal-operation or dishonesty lists</source>
        <translation>未被列入经营异常名录或严重失信主体名单</translation>
    </message>
    <message>
        <source>Products not prohibited, restricted or obsolete</source>
        <translation>产品（服务）不属于国家禁止、限制或淘汰类</translation>
    </message>
    <message>
        <source>No major safety, quality or environmental incident, no tax evasion (3 years)</source>
        <translation>近三年未发生重大安全、质量、环境污染事故及偷漏税等违法违规行为</translation>
    </message>
    <message>
        <source>Taxed on verified accounts, R&amp;D booked accurately</source>
        <translation>实行查账征收，能准确归集研发费用</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>不属于以下行业</translation>
    </message>
    <message>
        <source>tobacco manufacturing</source>
        <translation>烟草制造业</translation>
    </message>
    <message>
        <source>accommodation and catering</source>
        <translation>住宿和餐饮业</translation>
    </message>
    <message>
        <source>wholesale and retail</source>
        <translation>批发和零售业</translation>
    </message>
    <message>
        <source>real estate</source>
        <translation>房地产业</translation>
    </message>
    <message>
        <source>leasing and business services</source>
        <translation>租赁和商务服务业</translation>
    </message>
    <message>
        <source>entertainment</source>
        <translation>娱乐业</translation>
    </message>
</context>
<context>
    <name>QuickGuideDialog</name>
    <message>
        <source>1  Enter the data</source>
        <translation>① 填写</translation>
    </message>
    <message>
        <source>On the “Enter data” tab, go through the seven steps: profile, figures, R&amp;D and staff, IP, honours, digital level and the review. Leave anything unknown empty: it stays “to confirm”. Every change is saved at once and can be undone. A firm can also fill in File → Blank data-collection template, which you read back with File → Import template.</source>
        <translation>在“数据录入”页按七步填写：企业概况、财务数据、研发与人员、知识产权、荣誉称号、数字化水平，最后核对。不清楚的项留空，结果中显示为“待确认”。每次修改立即保存，可以撤销。也可以用“文件 → 空白数据采集模板”发给企业填写，收回后用“文件 → 导入模板”读入。</translation>
    </message>
    <message>
        <source>2  Read the results</source>
        <translation>② 查看结果</translation>
    </message>
    <message>
        <source>The “Results” tab shows the three Xiamen 2026 targets, the qualification ladder and the gaps most worth closing. Click any card or step for its criteria, the calculation and the clause it rests on.</source>
        <translation>“评估结果”页列出厦门市2026年三项目标、梯度培育阶梯和最值得补齐的差距。点击任一卡片或阶梯，可查看具体条件、计算过程和依据条款。</translation>
    </message>
    <message>
        <source>3  Export and act</source>
        <translation>③ 导出与行动</translation>
    </message>
    <message>
        <source>File → Export report writes the Excel workbook and the PDF report. The “Support and action plan” tab lists the Xiamen support measures the firm can claim and an action plan with owners and due dates.</source>
        <translation>“文件 → 导出报告”生成 Excel 工作簿和 PDF 报告。“支持措施与行动计划”页列出企业可申领的厦门市支持措施，以及带负责人和完成日期的行动计划。</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>Three steps</source>
        <translation>三步完成自评</translation>
    </message>
    <message>
        <source>Help → Keyboard shortcuts lists every shortcut of the app.</source>
        <translation>“帮助 → 键盘快捷键”列出本软件的全部快捷键。</translation>
    </message>
</context>
<context>
    <name>RdStaffPage</name>
    <message>
        <source>Enter all four self-scores, or leave all four empty</source>
        <translation>请填齐四项自评分，或四项全部留空</translation>
    </message>
    <message>
        <source>At most %1 points</source>
        <translation>最多 %1 分</translation>
    </message>
    <message>
        <source>R&amp;D share of revenue (%)</source>
        <translation>研发费用占营业收入比例（%）</translation>
    </message>
    <message>
        <source>R&amp;D spent in China (% of R&amp;D)</source>
        <translation>境内研发费用占比（%）</translation>
    </message>
    <message>
        <source>R&amp;D staff share (%)</source>
        <translation>研发人员占比（%）</translation>
    </message>
    <message>
        <source>S&amp;T staff share (%)</source>
        <translation>科技人员占比（%）</translation>
    </message>
    <message>
        <source>High-tech enterprise (高企) self-assessment — optional</source>
        <translation>高新技术企业（高企）自评（选填）</translation>
    </message>
    <message>
        <source>How advanced the core technology is (self-grade)</source>
        <translation>技术的先进程度（自评等级）</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>fairly high</source>
        <translation>较高</translation>
    </message>
    <message>
        <source>average</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>low</source>
        <translation>较低</translation>
    </message>
    <message>
        <source>Core support of the IP to the main products (self-grade)</source>
        <translation>知识产权对主要产品（服务）的核心支持作用（自评等级）</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>fairly strong</source>
        <translation>较强</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>较弱</translation>
    </message>
    <message>
        <source>Planned application date</source>
        <translation>计划申报日期</translation>
    </message>
    <message>
        <source>%1 (self-score, at most %2 points)</source>
        <translation>%1（自评分，最多 %2 分）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>R&amp;D and staff</source>
        <translation>研发与人员</translation>
    </message>
    <message>
        <source>R&amp;D expense in 10k CNY (万元) and head counts by fiscal year, as in the R&amp;D sub-ledger and the staff roster. Leave unknown cells empty: they stay “to confirm”.</source>
        <translation>按研发费用辅助账和职工花名册，分年度填写研发费用（万元）和人数。不清楚的单元格请留空，将保持“待确认”。</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>“%1” is no longer there (moved, renamed or deleted). It was removed from the list.</source>
        <translation>“%1”已不存在（可能已被移动、重命名或删除），已从列表中移除。</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开的文件</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Enter a whole number of at least %1</source>
        <translation>请输入不小于 %1 的整数</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2</source>
        <translation>请输入 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>RecoveryMessage</name>
    <message>
        <source>The workspace was repaired</source>
        <translation>工作区已修复</translation>
    </message>
    <message>
        <source>The old file was kept unchanged as “%1”.</source>
        <translation>原文件已原样保留为“%1”。</translation>
    </message>
    <message>
        <source>%1 firms and %2 assessments were recovered into a new workspace.</source>
        <translation>已将 %1 家企业、%2 份评估恢复到新的工作区。</translation>
    </message>
    <message>
        <source>The workspace file could not be read (it is not a workspace file).</source>
        <translation>工作区文件无法读取（它不是工作区文件）。</translation>
    </message>
    <message>
        <source>The workspace file was damaged.</source>
        <translation>工作区文件已损坏。</translation>
    </message>
    <message>
        <source>The workspace file was written by a newer version of SRDI Self-Check.</source>
        <translation>工作区文件是由更新版本的“专精特新达标自评”保存的。</translation>
    </message>
    <message>
        <source>The workspace file was empty.</source>
        <translation>工作区文件是空的。</translation>
    </message>
    <message>
        <source>Some assessments in the workspace could not be read.</source>
        <translation>工作区中有几份评估无法读取。</translation>
    </message>
    <message>
        <source>These assessments could not be read; they are only in the old file:</source>
        <translation>以下评估无法读取，只保留在原文件中：</translation>
    </message>
</context>
<context>
    <name>ResultTableModel</name>
    <message>
        <source>Score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source> · pass line %1</source>
        <translation> · 合格线 %1</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Value and calculation</source>
        <translation>数值与计算</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Points given / maximum points</source>
        <translation>得分 / 满分</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>可信度：%1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>To confirm (%1)</source>
        <translation>待确认（%1）</translation>
    </message>
    <message>
        <source>Nothing left to confirm: every input the rules need is filled in.</source>
        <translation>已无待确认项：规则所需的数据均已填写。</translation>
    </message>
    <message>
        <source>Inputs still empty, with the results waiting on them. Empty stays “to confirm”, never 0.</source>
        <translation>以下数据仍为空，相关结果有待补充。留空按“待确认”处理，不会当作 0。</translation>
    </message>
    <message>
        <source>… and %1 more on this page</source>
        <translation>… 本页还有 %1 项</translation>
    </message>
    <message>
        <source>needed for %1</source>
        <translation>涉及：%1</translation>
    </message>
    <message>
        <source>Checks of the figures (%1)</source>
        <translation>数据核查（%1）</translation>
    </message>
    <message>
        <source>No inconsistency found in the figures entered.</source>
        <translation>已填数据未发现矛盾。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>The figure is right: tick to keep this warning as confirmed</source>
        <translation>数据无误：勾选后，此提醒标记为已确认</translation>
    </message>
    <message>
        <source>Confirm a warning</source>
        <translation>确认提醒</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>评估结论</translation>
    </message>
    <message>
        <source>Finish shows the full results with every criterion and gap.</source>
        <translation>点击“完成”查看完整评估结果，包括每项条件和差距。</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>前往该页</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>What is still to confirm, the checks of the figures, and each scheme&apos;s verdict so far.</source>
        <translation>尚待确认的内容、数据核查结果，以及目前各项认定的评估结论。</translation>
    </message>
</context>
<context>
    <name>RuleUpdateDialog</name>
    <message>
        <source>Choose a rule update</source>
        <translation>选择规则包更新</translation>
    </message>
    <message>
        <source>Rule updates (*.srdipack);;All files (*)</source>
        <translation>规则包更新 (*.srdipack);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The rule update was not installed</source>
        <translation>规则包更新未安装</translation>
    </message>
    <message>
        <source>Choose a rule update file (.srdipack) to check it.</source>
        <translation>请选择规则包更新文件（.srdipack）进行校验。</translation>
    </message>
    <message>
        <source>✓ Signed by %1 (bundle %2, %3). Check the changes below, then install.</source>
        <translation>✓ 由 %1 签名（更新包 %2，%3）。请核对下方的变更，然后安装。</translation>
    </message>
    <message>
        <source>✓ Installed. The new rules apply from now on; the shipped rules stay as they were.</source>
        <translation>✓ 已安装。新规则即时生效；随软件提供的规则保持不变。</translation>
    </message>
    <message>
        <source>Re-score the saved assessments to see which verdicts change.</source>
        <translation>可重新评估已保存的评估，查看哪些结论发生变化。</translation>
    </message>
    <message>
        <source>%1 saved assessments re-scored: the verdicts of %2 change.</source>
        <translation>已重新评估 %1 份已保存的评估，其中 %2 份结论有变化。</translation>
    </message>
    <message>
        <source>Install a rule update</source>
        <translation>安装规则包更新</translation>
    </message>
    <message>
        <source>Install a signed rule update</source>
        <translation>安装签名的规则包更新</translation>
    </message>
    <message>
        <source>A rule update is a file signed by the rule maintainers. It is checked before anything is installed; the new rules are kept beside the rules shipped with the app, never over them.</source>
        <translation>规则包更新是由规则维护方签名的文件。安装前会先校验；新规则与随软件提供的规则并存，绝不覆盖。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Re-score saved assessments</source>
        <translation>重新评估已保存的评估</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>规则数值</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Old citation</source>
        <translation>原依据</translation>
    </message>
    <message>
        <source>New citation</source>
        <translation>新依据</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>认定类别</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>更新前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>更新后</translation>
    </message>
</context>
<context>
    <name>SceneSelector</name>
    <message>
        <source>Not yet level 1</source>
        <translation>未达一级</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>Level 4</source>
        <translation>四级</translation>
    </message>
    <message>
        <source>The scene does not yet meet the level 1 description below.</source>
        <translation>该场景尚未达到下方一级描述的水平。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Leave this scene “to confirm”</source>
        <translation>将此场景留作“待确认”</translation>
    </message>
</context>
<context>
    <name>SchemeCounts</name>
    <message>
        <source>Scheme</source>
        <translation>认定</translation>
    </message>
    <message>
        <source>Counted?</source>
        <translation>是否计入</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>✓ counts</source>
        <translation>✓ 计入</translation>
    </message>
    <message>
        <source>✗ not counted</source>
        <translation>✗ 不计入</translation>
    </message>
    <message>
        <source>? to confirm</source>
        <translation>? 待确认</translation>
    </message>
</context>
<context>
    <name>SchemeDetail</name>
    <message>
        <source>Compare with the %1 rules</source>
        <translation>对照 %1 版规则</translation>
    </message>
    <message>
        <source>No rule pack of this scheme is in force on the assessment date.</source>
        <translation>评估日无该认定的适用规则。</translation>
    </message>
    <message>
        <source>Rules: %1 (rule pack %2)</source>
        <translation>规则：%1（规则包 %2）</translation>
    </message>
    <message>
        <source>Single source, to verify: %1. Treat their results as provisional.</source>
        <translation>单一资料，待核验：%1。这些条件的结果仅供参考。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>For comparison only: the %1 rules. The rules in force on the assessment date are %2: %3.</source>
        <translation>仅供对照：%1 版规则。评估日适用的是 %2 版规则，结论为：%3。</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Room to gain</source>
        <translation>提分空间</translation>
    </message>
    <message>
        <source>← Overview</source>
        <translation>← 总览</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This assessment is no longer in the workspace (it was deleted in another window).</source>
        <translation>这份评估已不在工作区中（已在另一个窗口中被删除）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>This window is read-only: the change was not made.</source>
        <translation>本窗口为只读：修改没有生效。</translation>
    </message>
    <message>
        <source>The changes to the open assessment are not saved yet, so another one was not opened. Save them as a new assessment or as a file first.</source>
        <translation>当前评估的修改还没有保存，所以没有打开另一份评估。请先另存为新评估或另存为文件。</translation>
    </message>
    <message>
        <source>This assessment cannot be read (%1). It was left as it is; the other assessments are not affected.</source>
        <translation>这份评估无法读取（%1）。它保持原样未动，其他评估不受影响。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every shortcut of this window, as its menus and panels define them.</source>
        <translation>本窗口的全部快捷键，取自各菜单和面板的实际设置。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SpendForm</name>
    <message>
        <source>Must be above zero</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Equipment investment last year</source>
        <translation>上年度设备投入</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Digital-retrofit spend</source>
        <translation>数字化改造投入</translation>
    </message>
    <message>
        <source>Digital level expected after the retrofit</source>
        <translation>改造后预计达到的数字化水平</translation>
    </message>
    <message>
        <source>New research equipment of a joint lab</source>
        <translation>联合实验室新增研发设备投入</translation>
    </message>
    <message>
        <source>Services and market</source>
        <translation>服务与市场</translation>
    </message>
    <message>
        <source>Management-consulting fees</source>
        <translation>管理咨询服务费用</translation>
    </message>
    <message>
        <source>Digital-skills training</source>
        <translation>数字化技能培训</translation>
    </message>
    <message>
        <source>person-days</source>
        <translation>人·天</translation>
    </message>
    <message>
        <source>Venue rent of domestic launches and fairs</source>
        <translation>国内推介会、订货会等场地租金</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>One-year loan prime rate (LPR)</source>
        <translation>一年期贷款市场报价利率（LPR）</translation>
    </message>
    <message>
        <source>Patent and trademark pledge loans</source>
        <translation>专利、商标质押贷款</translation>
    </message>
    <message>
        <source>Loan (万元)</source>
        <translation>贷款（万元）</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>年利率</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>贴息月数</translation>
    </message>
    <message>
        <source>Domestic trade-credit insurance policies</source>
        <translation>国内贸易信用保险保单</translation>
    </message>
    <message>
        <source>Premium paid (万元)</source>
        <translation>实缴保费（万元）</translation>
    </message>
    <message>
        <source>Premium rate</source>
        <translation>保险费率</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Standards the firm plans to draft</source>
        <translation>计划制修订的标准</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>起草角色</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项数</translation>
    </message>
    <message>
        <source>The firm&apos;s own word (no published list to check)</source>
        <translation>企业自行声明（无公开名单可查）</translation>
    </message>
    <message>
        <source>On the little-giant reserve list</source>
        <translation>已列入专精特新“小巨人”后备企业名单</translation>
    </message>
    <message>
        <source>Selected as a key little giant (重点小巨人)</source>
        <translation>已入选专精特新重点“小巨人”企业</translation>
    </message>
    <message>
        <source>Loan amount (万元)</source>
        <translation>贷款金额（万元）</translation>
    </message>
    <message>
        <source>Annual interest rate (%)</source>
        <translation>年利率（%）</translation>
    </message>
    <message>
        <source>Months of interest</source>
        <translation>贴息月数</translation>
    </message>
    <message>
        <source>Premium rate (‰)</source>
        <translation>保险费率（‰）</translation>
    </message>
    <message>
        <source>Number of projects</source>
        <translation>标准项数</translation>
    </message>
    <message>
        <source>International</source>
        <translation>国际标准</translation>
    </message>
    <message>
        <source>National</source>
        <translation>国家标准</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业标准</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>地方标准</translation>
    </message>
    <message>
        <source>Group (association)</source>
        <translation>团体标准</translation>
    </message>
    <message>
        <source>Lead drafter</source>
        <translation>主导起草</translation>
    </message>
    <message>
        <source>Main drafter</source>
        <translation>主要起草</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与起草</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不满足</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>manual check</source>
        <translation>需人工确认</translation>
    </message>
    <message>
        <source>qualifies</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>does not qualify</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>很可能符合</translation>
    </message>
    <message>
        <source>cannot tell yet</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>不适用（评估日无适用规则）</translation>
    </message>
    <message>
        <source>Every condition is met on the figures entered.</source>
        <translation>按已填数据，所有条件均满足。</translation>
    </message>
    <message>
        <source>At least one condition is not met; see the gaps.</source>
        <translation>至少有一项条件不满足，请查看差距。</translation>
    </message>
    <message>
        <source>Everything that can be computed is met; items judged by experts or a platform remain.</source>
        <translation>可计算的条件均已满足；尚有需专家评审或平台评定的项目。</translation>
    </message>
    <message>
        <source>Some inputs are still empty; fill them in to get a verdict.</source>
        <translation>部分数据仍为空，填写后即可得出结论。</translation>
    </message>
    <message>
        <source>No rule of this scheme applies on the assessment date.</source>
        <translation>评估日无该认定的适用规则。</translation>
    </message>
    <message>
        <source>met (evidence needed)</source>
        <translation>满足（需证明材料）</translation>
    </message>
    <message>
        <source>on the edge</source>
        <translation>临界</translation>
    </message>
    <message>
        <source>This rule was read from a source tagged %1, not yet checked against the official text: treat the result as provisional.</source>
        <translation>此规则取自标记为 %1 的来源，尚未与官方原文核对：结果仅供参考。</translation>
    </message>
    <message>
        <source>claimable now</source>
        <translation>可申领</translation>
    </message>
    <message>
        <source>near miss</source>
        <translation>差一步可申领</translation>
    </message>
    <message>
        <source>check with the agency</source>
        <translation>需向主管部门确认</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>The firm holds a title the measure names and meets every condition the tool can check.</source>
        <translation>企业已获得该措施所列称号，且满足本工具可核对的全部条件。</translation>
    </message>
    <message>
        <source>Within reach: close the gap named beside it (often a title the self-check says you meet).</source>
        <translation>补齐差距后即可申领：见旁列的差距（多为自评显示已符合条件、但尚未取得的称号）。</translation>
    </message>
    <message>
        <source>The agency decides, or the tool lacks your own yes or no: ask before counting on it.</source>
        <translation>由主管部门决定，或尚缺企业自行确认的“是/否”：请先咨询确认，再计入预期。</translation>
    </message>
    <message>
        <source>Not for this firm on the figures entered.</source>
        <translation>按已填数据，本企业不适用该措施。</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步 / 共 %2 步</translation>
    </message>
    <message>
        <source>%1 to confirm</source>
        <translation>%1 项待确认</translation>
    </message>
    <message>
        <source>%1: nothing to confirm</source>
        <translation>%1：没有待确认项</translation>
    </message>
    <message>
        <source>%1: %2 inputs to confirm</source>
        <translation>%1：%2 项待确认</translation>
    </message>
</context>
<context>
    <name>SupportView</name>
    <message>
        <source>Planned spend</source>
        <translation>计划投入</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Measures (%1 claimable)</source>
        <translation>支持措施（%1 项可申领）</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>支持措施</translation>
    </message>
    <message>
        <source>No Xiamen support measures are in force on the assessment date; the plan still lists the steps.</source>
        <translation>评估日无适用的厦门市支持措施；行动计划仍会列出各项步骤。</translation>
    </message>
    <message>
        <source>%1 (%2 to %3): what the firm can claim on the figures entered and its planned spend, and a plan to close the gaps. Amounts are estimates; the agency decides.</source>
        <translation>《%1》（%2 至 %3）：按已填数据和计划投入，列出企业可申领的支持，并制定补齐差距的计划。金额均为估算，以主管部门核定为准。</translation>
    </message>
    <message>
        <source>%1 ended on %2: every measure below has expired and none can be claimed. A successor document has not been published in the tool yet. When you receive a newer rule pack (a signed .srdipack file), install it with File → Install rule update…; the plan still lists the steps.</source>
        <translation>%1已于%2到期：下列各项措施均已到期，不可再申请。后续文件尚未在本工具中发布。收到更新的规则包（已签名的 .srdipack 文件）后，请通过“文件 → 安装规则更新…”安装；行动计划仍列出各项步骤。</translation>
    </message>
</context>
<context>
    <name>TargetCard</name>
    <message>
        <source>target %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>已达目标</translation>
    </message>
    <message>
        <source>Gap: %1</source>
        <translation>差距：%1</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>The workbook could not be read: %1</source>
        <translation>无法读取工作簿：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 has %2 problems. Correct these cells in the workbook, save it and import it again.</source>
        <translation>未导入任何数据：%1 中有 %2 处问题。请在工作簿中改正这些单元格，保存后重新导入。</translation>
    </message>
    <message>
        <source>Import data-collection template</source>
        <translation>导入数据采集模板</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>复制问题清单</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Welcome to SRDI Self-Check</source>
        <translation>欢迎使用专精特新达标自评</translation>
    </message>
    <message>
        <source>This tool tells a Xiamen SME where it stands against the city&apos;s 2026 targets for specialised, refined, distinctive and innovative firms and against the national qualification ladder, and what it must change to get there. Every result shows its calculation and the clause it rests on; an input left empty stays “to confirm”, never a silent fail. It works offline and keeps everything on this computer.</source>
        <translation>本工具帮助厦门中小企业对照厦门市2026年专精特新目标和国家优质中小企业梯度培育各级称号，看清自己现在的位置，以及还要补齐什么。每项结果都列出计算过程和依据条款；没有填写的数据显示为“待确认”，不会被直接判为不达标。全程离线使用，所有数据只保存在本机。</translation>
    </message>
    <message>
        <source>Three steps: 1 enter the firm&apos;s data → 2 read the results → 3 export the report and act.</source>
        <translation>三步完成：① 填写企业数据 → ② 查看评估结果 → ③ 导出报告、制定行动计划。</translation>
    </message>
    <message>
        <source>A sample firm is open now, with invented figures, so you can look around first. Help → Quick guide shows these steps again.</source>
        <translation>现在打开的是一家示例企业（数据为虚构），可以先看看各项结果。以后可在“帮助 → 快速入门”中再次查看这三步。</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>Import template…</source>
        <translation>导入模板…</translation>
    </message>
    <message>
        <source>Look at the sample first</source>
        <translation>先看示例</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <source>Search firms by name or credit code</source>
        <translation>按企业名称或信用代码搜索</translation>
    </message>
    <message>
        <source>Delete this assessment…</source>
        <translation>删除此评估…</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <source>Delete the assessment “%1 · %2”? This cannot be undone; use File → Save as file first to keep a copy.</source>
        <translation>删除评估“%1 · %2”？此操作不能撤销；如需保留，请先用“文件 → 另存为文件”保存一份。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>(unnamed firm)</source>
        <translation>（未命名企业）</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1（示例）</translation>
    </message>
    <message>
        <source>re-review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>new application</source>
        <translation>新申报</translation>
    </message>
</context>
<context>
    <name>YearGrid</name>
    <message>
        <source>Clear figures</source>
        <translation>清除数据</translation>
    </message>
    <message>
        <source>Paste figures</source>
        <translation>粘贴数据</translation>
    </message>
    <message>
        <source>%1 values fell outside the figures and were left out.</source>
        <translation>%1 个数值超出表格范围，未粘贴。</translation>
    </message>
</context>
<context>
    <name>YearGridModel</name>
    <message>
        <source>%1 plan: %2</source>
        <translation>%1年计划：%2</translation>
    </message>
    <message>
        <source>Computed from the figures above; it cannot be typed.</source>
        <translation>由上方数据计算得出，不能直接输入。</translation>
    </message>
    <message>
        <source>%1: “%2” was not accepted. %3</source>
        <translation>%1：无法接受“%2”。%3</translation>
    </message>
    <message>
        <source>%1 accepted, %2 not accepted (marked in red).</source>
        <translation>%1 项已接受，%2 项未接受（红色标出）。</translation>
    </message>
    <message>
        <source>Divide by 10,000 (entered in yuan)</source>
        <translation>除以10,000（按元填写的数值）</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Computed from the figures above</source>
        <translation>由上方数据计算得出</translation>
    </message>
    <message>
        <source>“%1” was not accepted: %2</source>
        <translation>无法接受“%1”：%2</translation>
    </message>
    <message>
        <source>A plan: used only for what-if projections, never as an actual figure.</source>
        <translation>计划数：仅用于假设测算，不作为实际数据。</translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation>%1年计划</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>(last year)</source>
        <translation>（上年度）</translation>
    </message>
    <message>
        <source>This year&apos;s plan: used only for what-if projections.</source>
        <translation>本年计划：仅用于假设测算。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>10k CNY</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>items</source>
        <translation>项</translation>
    </message>
</context>
<context>
    <name>YearsPage</name>
    <message>
        <source>Main-revenue share (%)</source>
        <translation>主营业务收入占比（%）</translation>
    </message>
    <message>
        <source>Debt ratio (%)</source>
        <translation>资产负债率（%）</translation>
    </message>
    <message>
        <source>Net margin (%)</source>
        <translation>净利润率（%）</translation>
    </message>
    <message>
        <source>Financial figures</source>
        <translation>财务数据</translation>
    </message>
    <message>
        <source>From the annual accounts, in 10k CNY (万元). FY%1 is the last complete year before the assessment date; the last column is this year&apos;s plan, used only for what-if projections. Leave unknown cells empty: they stay “to confirm”.</source>
        <translation>按年度财务报表填写，单位为万元。%1年度是评估日期前最后一个完整年度；最后一列为本年计划，仅用于假设测算。不清楚的单元格请留空，将保持“待确认”。</translation>
    </message>
</context>
<context>
    <name>_FigureDelegate</name>
    <message>
        <source>to confirm</source>
        <translation>待确认</translation>
    </message>
</context>
</TS>
