<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>%1 — %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The Xiamen 2026 targets are not in force on %1: the programme runs to the end of 2026.</source>
        <translation>厦门2026年目标在 %1 不适用：该政策执行至2026年底。</translation>
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
    <name>Field</name>
    <message>
        <source>Enter a number, e.g. 1234.56</source>
        <translation>请输入数字，例如 1234.56</translation>
    </message>
    <message>
        <source>Cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>Enter a whole number</source>
        <translation>请输入整数</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, e.g. 2016-06-30</source>
        <translation>请按 YYYY-MM-DD 格式输入日期，例如 2016-06-30</translation>
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
    <name>Form</name>
    <message>
        <source>to confirm</source>
        <translation>待确认</translation>
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
        <source>International</source>
        <translation>国际</translation>
    </message>
    <message>
        <source>National standard</source>
        <translation>国家标准</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Group (association)</source>
        <translation>团体（协会）</translation>
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
        <source>Save assessment file</source>
        <translation>保存评估文件</translation>
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
        <source>(unnamed firm)</source>
        <translation>（未命名企业）</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
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
        <source>← Overview</source>
        <translation>← 总览</translation>
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
        <source>on the edge</source>
        <translation>临界</translation>
    </message>
    <message>
        <source>The figure is within a hair of the threshold: a small correction of the accounts could flip it.</source>
        <translation>该数据与门槛值非常接近：账目稍有调整就可能改变结果。</translation>
    </message>
    <message>
        <source>to verify</source>
        <translation>待核验</translation>
    </message>
    <message>
        <source>This rule was read from a source tagged %1, not yet checked against the official text: treat the result as provisional.</source>
        <translation>此规则取自标记为 %1 的来源，尚未与官方原文核对：结果仅供参考。</translation>
    </message>
    <message>
        <source>read on a government page</source>
        <translation>取自政府网页</translation>
    </message>
    <message>
        <source>official text through faithful reposts</source>
        <translation>官方原文（经忠实转载）</translation>
    </message>
    <message>
        <source>two or more agreeing secondary sources</source>
        <translation>两个及以上相互印证的二手来源</translation>
    </message>
    <message>
        <source>platform data</source>
        <translation>平台数据</translation>
    </message>
    <message>
        <source>one secondary source</source>
        <translation>单一二手来源</translation>
    </message>
    <message>
        <source>a secondary site</source>
        <translation>二手网站</translation>
    </message>
    <message>
        <source>background knowledge, unverified</source>
        <translation>背景知识，未经核实</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未经核实</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>尚无定论</translation>
    </message>
    <message>
        <source>a product decision, see the method page</source>
        <translation>本工具的约定，见方法说明页</translation>
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
    <name>WorkspacePanel</name>
    <message>
        <source>Search firms by name or credit code</source>
        <translation>按企业名称或信用代码搜索</translation>
    </message>
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
