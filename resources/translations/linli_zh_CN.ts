<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>The compound, building, unit or room is missing.</source>
        <translation>缺少小区、楼栋、单元或房号。</translation>
    </message>
    <message>
        <source>The address is not written as 明珠花园3栋2单元302.</source>
        <translation>住址未按“明珠花园3栋2单元302”的格式填写。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>Excel turned the ID number into a number (%1) and lost its last digits: format the column as Text, type the numbers again and import again.</source>
        <translation>Excel 把身份证号变成了数字（%1），后几位已丢失：请将该列设为“文本”格式，重新输入号码后再导入。</translation>
    </message>
    <message>
        <source>The gender %1 contradicts the ID number, which belongs to a %2 resident.</source>
        <translation>性别“%1”与身份证号不符，该身份证号属于%2性。</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>The gender &quot;%1&quot; is neither 男 nor 女.</source>
        <translation>性别“%1”既不是“男”也不是“女”。</translation>
    </message>
    <message>
        <source>The gender is missing, and there is no ID number to read it from.</source>
        <translation>缺少性别，也没有可读取性别的身份证号。</translation>
    </message>
    <message>
        <source>Excel turned the phone number into a number (%1): format the column as Text and type it again.</source>
        <translation>Excel 把电话号码变成了数字（%1）：请将该列设为“文本”格式后重新输入。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither 是 nor 否.</source>
        <translation>%1：“%2”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>The household has a head already: %1.</source>
        <translation>该户已有户主：%1。</translation>
    </message>
</context>
<context>
    <name>linli::AccountRepository</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
</context>
<context>
    <name>linli::AccountService</name>
    <message>
        <source>A username has 2 to 32 letters, digits, dots, dashes or underscores, e.g. zhangmin.</source>
        <translation>用户名由 2 至 32 个字母、数字、点、短横线或下划线组成，例如 zhangmin。</translation>
    </message>
    <message>
        <source>Give the person&apos;s name as it goes into the audit trail.</source>
        <translation>请填写本人姓名，它将记入操作日志。</translation>
    </message>
    <message>
        <source>The username %1 is taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <source>The administrator exists already; log in, or ask them for an account.</source>
        <translation>管理员已存在；请登录，或请管理员为您开设账号。</translation>
    </message>
    <message>
        <source>This account is closed. Ask an administrator to open it again.</source>
        <translation>该账号已停用。请联系管理员重新启用。</translation>
    </message>
    <message>
        <source>%1 is the last administrator: make another one first.</source>
        <translation>%1 是唯一的管理员：请先设立另一位管理员。</translation>
    </message>
    <message>
        <source>Log in to change your password.</source>
        <translation>请登录后再修改密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Accounts of another community, or of the whole sub-district, are made by an administrator of the sub-district.</source>
        <translation>其他社区或整个街道的账号，由街道的管理员建立。</translation>
    </message>
    <message>
        <source>The username or password is wrong. After %1 wrong attempts in a row an account is locked for %2 minutes.</source>
        <translation>用户名或密码错误。连续输错 %1 次，账户将被锁定 %2 分钟。</translation>
    </message>
</context>
<context>
    <name>linli::AccountsWidget</name>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>Set a new &amp;password…</source>
        <translation>重设密码(&amp;P)…</translation>
    </message>
    <message>
        <source>For someone who forgot theirs or was locked out</source>
        <translation>用于忘记密码或账号被锁定的同事</translation>
    </message>
    <message>
        <source>Who may log in, and what each role may do.</source>
        <translation>可以登录的人员，以及各角色的权限。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>e.g. zhoumin</source>
        <translation>例如 zhoumin</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Change the account</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Tell them, and ask them to change it at once.</source>
        <translation>为 %1（%2）设置新密码。请告知本人，并提醒其立即修改。</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>A grid worker&apos;s account sees the households of this person&apos;s grids, and only those</source>
        <translation>网格员账号只能看到此人所负责网格内的住户</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>工作人员(&amp;S)：</translation>
    </message>
    <message>
        <source>Make an account for a colleague, with their role</source>
        <translation>为同事建立账号并设定角色</translation>
    </message>
    <message>
        <source>Change the chosen account&apos;s name, role or password, or switch it off</source>
        <translation>修改所选账号的姓名、角色或密码，或停用账号</translation>
    </message>
    <message>
        <source>No accounts to show: New account… makes one for each colleague.</source>
        <translation>没有可显示的账号：点“新建账号…”为每位同事建立账号。</translation>
    </message>
    <message>
        <source>An account of one community sees and files that community&apos;s records only; one of the whole sub-district chooses where it works</source>
        <translation>社区的账号只看得到、也只登记本社区的记录；整个街道的账号自己选择在哪个社区办公</translation>
    </message>
    <message>
        <source>Whole sub-district</source>
        <translation>整个街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>linli::AgreementDialog</name>
    <message>
        <source>Agreement — %1</source>
        <translation>调解协议 — %1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <source>How and where it is performed</source>
        <translation>履行方式、地点</translation>
    </message>
    <message>
        <source>By (yyyy-mm-dd)</source>
        <translation>履行期限（年-月-日）</translation>
    </message>
    <message>
        <source>&amp;Add a term</source>
        <translation>添加条款(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the term</source>
        <translation>删除条款(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>签订日期(&amp;S)：</translation>
    </message>
    <message>
        <source>The terms the parties agreed, in order:</source>
        <translation>双方当事人达成的协议条款，按顺序填写：</translation>
    </message>
    <message>
        <source>Term %1: write the date as 2025-04-10.</source>
        <translation>第 %1 条：日期请写成 2025-04-10 的格式。</translation>
    </message>
    <message>
        <source>A &amp;court confirmed it (司法确认)</source>
        <translation>已经法院司法确认(&amp;C)</translation>
    </message>
    <message>
        <source>In yuan, e.g. 3867.50; empty when no money is involved</source>
        <translation>单位：元，如 3867.50；不涉及金钱的留空</translation>
    </message>
    <message>
        <source>Compensation, repairs, debts: the money the agreement settles (协议涉及金额), counted in the statistics</source>
        <translation>赔偿、维修、欠款等协议涉及的金额（协议涉及金额），计入统计</translation>
    </message>
    <message>
        <source>e.g. 岳塘区人民法院</source>
        <translation>如：岳塘区人民法院</translation>
    </message>
    <message>
        <source>&amp;Money it settles:</source>
        <translation>协议涉及金额(&amp;M)：</translation>
    </message>
    <message>
        <source>Confirmed &amp;on:</source>
        <translation>确认日期(&amp;O)：</translation>
    </message>
    <message>
        <source>By the co&amp;urt:</source>
        <translation>确认法院(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>linli::AgreementRepository</name>
    <message>
        <source>The cost share no longer exists.</source>
        <translation>该费用分摊已不存在。</translation>
    </message>
    <message>
        <source>The household is not part of this cost share.</source>
        <translation>该住户不在此次费用分摊之列。</translation>
    </message>
    <message>
        <source>The cost share is voided already, or no longer exists.</source>
        <translation>该费用分摊已作废，或已不存在。</translation>
    </message>
</context>
<context>
    <name>linli::AidLabels</name>
    <message>
        <source>an item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>wish wall</source>
        <translation>心愿墙</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>grid group chat</source>
        <translation>网格群</translation>
    </message>
    <message>
        <source>waiting to be checked</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待认领</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>turned into a complaint</source>
        <translation>已转为诉求</translation>
    </message>
    <message>
        <source>Checked, put it up</source>
        <translation>已核实，上墙</translation>
    </message>
    <message>
        <source>Claim…</source>
        <translation>认领…</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派单…</translation>
    </message>
    <message>
        <source>Back to the wall</source>
        <translation>退回心愿墙</translation>
    </message>
    <message>
        <source>Fulfilled…</source>
        <translation>已实现…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Make it a complaint</source>
        <translation>转为诉求</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>put back on the wall</source>
        <translation>退回心愿墙</translation>
    </message>
    <message>
        <source>neighbour head</source>
        <translation>邻长</translation>
    </message>
    <message>
        <source>grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>keeping company</source>
        <translation>陪伴</translation>
    </message>
    <message>
        <source>water or electricity repair</source>
        <translation>水电维修</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>送餐</translation>
    </message>
    <message>
        <source>health check</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>电话问候</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>health</source>
        <translation>身体状况</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>精神状态</translation>
    </message>
    <message>
        <source>gas, water and electricity safe</source>
        <translation>水电气安全</translation>
    </message>
    <message>
        <source>hygiene</source>
        <translation>个人卫生</translation>
    </message>
    <message>
        <source>living conditions</source>
        <translation>居住环境</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>books</source>
        <translation>图书</translation>
    </message>
    <message>
        <source>toys</source>
        <translation>玩具</translation>
    </message>
    <message>
        <source>daily goods</source>
        <translation>日用品</translation>
    </message>
    <message>
        <source>clothes</source>
        <translation>衣物</translation>
    </message>
    <message>
        <source>fun sports</source>
        <translation>趣味运动</translation>
    </message>
    <message>
        <source>talent contest</source>
        <translation>才艺比拼</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>文艺演出</translation>
    </message>
    <message>
        <source>handicraft</source>
        <translation>手工</translation>
    </message>
    <message>
        <source>The wish was checked with the resident: put it on the wall</source>
        <translation>已与居民核实，把心愿贴上心愿墙</translation>
    </message>
    <message>
        <source>A neighbour takes the wish on</source>
        <translation>由一位邻居认领这个心愿</translation>
    </message>
    <message>
        <source>Send the wish to a neighbour head or grid worker, with a deadline</source>
        <translation>派给楼栋长或网格员办理，并设定期限</translation>
    </message>
    <message>
        <source>The helper gives the wish back: it returns to the wall</source>
        <translation>认领人放弃认领，心愿回到心愿墙</translation>
    </message>
    <message>
        <source>The wish came true: what was done and the helper&apos;s time</source>
        <translation>心愿已实现：记录办理结果和服务时长</translation>
    </message>
    <message>
        <source>The resident no longer needs it</source>
        <translation>居民已不再需要</translation>
    </message>
    <message>
        <source>The office must act: the wish becomes a complaint</source>
        <translation>需要社区出面解决：转为诉求</translation>
    </message>
</context>
<context>
    <name>linli::AidPage</name>
    <message>
        <source>Wish wall</source>
        <translation>心愿墙</translation>
    </message>
    <message>
        <source>Elders living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Mutual-aid station</source>
        <translation>邻里互助站</translation>
    </message>
    <message>
        <source>Festival and events</source>
        <translation>邻里节与活动</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
</context>
<context>
    <name>linli::AidTimelineSource</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Wish %1: %2</source>
        <translation>心愿 %1：%2</translation>
    </message>
    <message>
        <source>Care visit to %1</source>
        <translation>走访 %1</translation>
    </message>
    <message>
        <source>Care visit to %1: nobody answered</source>
        <translation>走访 %1：无人应答</translation>
    </message>
</context>
<context>
    <name>linli::Anonymiser</name>
    <message>
        <source>The resident does not exist or is anonymised already.</source>
        <translation>该居民不存在，或已被匿名化。</translation>
    </message>
</context>
<context>
    <name>linli::AuditTrail</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be saved; check the free disk space.</source>
        <translation>无法保存 %1；请检查磁盘剩余空间。</translation>
    </message>
</context>
<context>
    <name>linli::AuditWidget</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>更早的记录(&amp;O)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>shown in full</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Every change and every look at a full ID number or phone. Entries cannot be edited, and are kept at least six months.</source>
        <translation>每一次修改，以及每一次查看完整身份证号或电话的记录。日志不可修改，至少保存六个月。</translation>
    </message>
    <message>
        <source>The audit trail cannot be shown.</source>
        <translation>无法显示操作日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>显示 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The audit trail was not exported.</source>
        <translation>操作日志未能导出。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 条记录到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the next, older page of the audit trail</source>
        <translation>显示更早的一页审计记录</translation>
    </message>
    <message>
        <source>Save the entries the filters show as a CSV file</source>
        <translation>把筛选出的记录保存为 CSV 文件</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
</context>
<context>
    <name>linli::BackgroundExport</name>
    <message>
        <source>Writing the list…</source>
        <translation>正在写入名单…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping; the unfinished file is removed…</source>
        <translation>正在停止，未完成的文件将被删除…</translation>
    </message>
    <message>
        <source>%L1 rows written…</source>
        <translation>已写入 %L1 行…</translation>
    </message>
</context>
<context>
    <name>linli::BackupKeeper</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be created: %2</source>
        <translation>无法创建备份文件 %1：%2</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>The backup did not pass its check: %1</source>
        <translation>备份未通过检查：%1</translation>
    </message>
    <message>
        <source>The backup could not be put in place in %1; check the free disk space.</source>
        <translation>备份无法存放到 %1；请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <source>Today&apos;s backup was not made: %1</source>
        <translation>今天的备份未能完成：%1</translation>
    </message>
    <message>
        <source>Old backups were not cleared: %1</source>
        <translation>旧备份未能清理：%1</translation>
    </message>
    <message>
        <source>The file is being checked; nothing is written to it.</source>
        <translation>正在检查该文件，不会向其写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is being restored from a backup right now; open it when that is done.</source>
        <translation>%1 正在从备份恢复，请在恢复完成后再打开。</translation>
    </message>
    <message>
        <source>A restore of %1 was stopped half-way and cannot be finished: %2 could not be renamed. Nothing was deleted.</source>
        <translation>%1 的恢复中途被中断，无法完成：%2 无法重命名。没有删除任何文件。</translation>
    </message>
    <message>
        <source>The backup could not be copied beside the database; nothing was changed. Check the free disk space.</source>
        <translation>备份无法复制到数据库旁边；未做任何改动。请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <source>The backup could not be put in place; the current file is back as it was.</source>
        <translation>备份无法放到位；当前文件已恢复原样。</translation>
    </message>
</context>
<context>
    <name>linli::BackupsWidget</name>
    <message>
        <source>daily, at start-up</source>
        <translation>每日，启动时</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>恢复此备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Reads every page of the file and every link between records; takes a while on a large database</source>
        <translation>读取文件的每一页和记录之间的每一处关联；数据库较大时需要一些时间</translation>
    </message>
    <message>
        <source>Backups are kept in %1: the last %2 days, one a week for %3 weeks and one a month for %4 months. Choose the folder under Office and desk.</source>
        <translation>备份保存在 %1：保留最近 %2 天的每日备份、%3 周的每周备份和 %4 个月的每月备份。可在“本单位和本机”中选择文件夹。</translation>
    </message>
    <message>
        <source>The backups could not be listed.</source>
        <translation>无法列出备份。</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>备份未完成。</translation>
    </message>
    <message>
        <source>Checked at %1: the database is intact.</source>
        <translation>%1 检查：数据库完好。</translation>
    </message>
    <message>
        <source>Checked at %1: %2 Restore the newest backup that is sound.</source>
        <translation>%1 检查：%2 请恢复最新的完好备份。</translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>无法恢复此备份。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the database? Everything recorded since then will be gone from the database; the file as it is now is kept beside it. Linli closes and starts again.</source>
        <translation>用 %1 的备份替换当前数据库？此后记录的所有内容都将从数据库中消失；当前文件会保留在旁边。邻里将关闭并重新启动。</translation>
    </message>
    <message>
        <source>There is no backup yet: one is taken at each day&apos;s first start, or take one now.</source>
        <translation>还没有备份：每天第一次启动时会自动备份，也可以现在立即备份。</translation>
    </message>
    <message>
        <source>No backups yet: Linli takes one every day it is started, or Back up now.</source>
        <translation>还没有备份：邻里每天启动时自动备份一次，也可以点“立即备份”。</translation>
    </message>
    <message>
        <source>Put the chosen backup in place of the database; the file as it is now is kept beside it</source>
        <translation>用所选备份替换当前数据库；当前文件会保留在旁边</translation>
    </message>
    <message>
        <source>Take a checked backup of the database now</source>
        <translation>立即备份数据库并检查备份</translation>
    </message>
</context>
<context>
    <name>linli::BuildingMeetingsWidget</name>
    <message>
        <source>Corridor hygiene</source>
        <translation>楼道卫生</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>照明</translation>
    </message>
    <message>
        <source>Shared space</source>
        <translation>公共空间</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>on an agenda</source>
        <translation>已列入议程</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已议决</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>About</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>到会户数</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Opinions and suggestions (意见建议)</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Settled without a meeting</source>
        <translation>无需开会已解决</translation>
    </message>
    <message>
        <source>Record an &amp;opinion…</source>
        <translation>登记意见(&amp;O)…</translation>
    </message>
    <message>
        <source>Call a &amp;meeting…</source>
        <translation>召集议事会(&amp;M)…</translation>
    </message>
    <message>
        <source>Who &amp;came…</source>
        <translation>到会登记(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Decision…</source>
        <translation>决议(&amp;D)…</translation>
    </message>
    <message>
        <source>Ac&amp;tion…</source>
        <translation>落实事项(&amp;T)…</translation>
    </message>
    <message>
        <source>Action d&amp;one…</source>
        <translation>事项办结(&amp;O)…</translation>
    </message>
    <message>
        <source>Post the &amp;notice…</source>
        <translation>张贴公示(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Sign-in sheet (签到表)…</source>
        <translation>签到表…</translation>
    </message>
    <message>
        <source>Minutes (会议纪要)…</source>
        <translation>会议纪要…</translation>
    </message>
    <message>
        <source>Public notice (公示)…</source>
        <translation>决议公示…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>议事会</translation>
    </message>
    <message>
        <source>called by %1</source>
        <translation>召集人：%1</translation>
    </message>
    <message>
        <source>Present: %1 household(s). %2</source>
        <translation>到会 %1 户。%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 前完成</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>%1 已完成</translation>
    </message>
    <message>
        <source>Notice posted %1; objections until %2.</source>
        <translation>%1 已张贴公示，异议期至 %2。</translation>
    </message>
    <message>
        <source>An opinion about %1</source>
        <translation>关于 %1 的意见建议</translation>
    </message>
    <message>
        <source>Raised by:</source>
        <translation>提出人：</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>The opinion was not changed.</source>
        <translation>意见状态未能修改。</translation>
    </message>
    <message>
        <source>Attendance cannot be recorded.</source>
        <translation>无法登记到会情况。</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>到会登记</translation>
    </message>
    <message>
        <source>%1%2 %3</source>
        <translation>%1%2 %3</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
        <source>Tick each household that came (counted once for the quorum):</source>
        <translation>勾选到会的住户（每户计一次，用于计算到会户数）：</translation>
    </message>
    <message>
        <source>Grid worker:</source>
        <translation>网格员：</translation>
    </message>
    <message>
        <source>Others:</source>
        <translation>其他列席人员：</translation>
    </message>
    <message>
        <source>Attendance was not recorded.</source>
        <translation>到会情况未能登记。</translation>
    </message>
    <message>
        <source>No action was added.</source>
        <translation>未添加落实事项。</translation>
    </message>
    <message>
        <source>Record the meeting&apos;s decision first.</source>
        <translation>请先登记会议决议。</translation>
    </message>
    <message>
        <source>A follow-up action</source>
        <translation>落实事项</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>所属决议：</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>完成时限：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing to record.</source>
        <translation>无可登记的事项。</translation>
    </message>
    <message>
        <source>The meeting has no open actions.</source>
        <translation>本次会议没有未完成的落实事项。</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>事项办结</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>完成情况：</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Public notice of the decisions</source>
        <translation>决议公示</translation>
    </message>
    <message>
        <source>Posted on:</source>
        <translation>张贴日期：</translation>
    </message>
    <message>
        <source>Objections taken for:</source>
        <translation>异议期：</translation>
    </message>
    <message>
        <source>The paper cannot be printed.</source>
        <translation>无法打印该文书。</translation>
    </message>
    <message>
        <source>Sign-in sheet — %1</source>
        <translation>签到表 — %1</translation>
    </message>
    <message>
        <source>Minutes — %1</source>
        <translation>会议纪要 — %1</translation>
    </message>
    <message>
        <source>Public notice — %1</source>
        <translation>决议公示 — %1</translation>
    </message>
    <message>
        <source>Resident representatives (居民代表), separated by commas</source>
        <translation>居民代表姓名，用逗号分隔</translation>
    </message>
    <message>
        <source>Representatives:</source>
        <translation>居民代表：</translation>
    </message>
    <message>
        <source>The chosen opinion was settled without a meeting</source>
        <translation>所选意见无需开会已经解决</translation>
    </message>
    <message>
        <source>Write down a resident&apos;s opinion or suggestion about the building</source>
        <translation>记录居民对楼栋的意见或建议</translation>
    </message>
    <message>
        <source>Call a building council meeting about the chosen opinions</source>
        <translation>就所选意见召开楼栋议事会</translation>
    </message>
    <message>
        <source>Record who came to the meeting</source>
        <translation>记录参会人员</translation>
    </message>
    <message>
        <source>Record what the meeting decided</source>
        <translation>记录会议决议</translation>
    </message>
    <message>
        <source>Record a follow-up action of the decision and who does it</source>
        <translation>记录决议的落实事项和负责人</translation>
    </message>
    <message>
        <source>The chosen action is done</source>
        <translation>所选落实事项已完成</translation>
    </message>
    <message>
        <source>Print the meeting&apos;s notice for the building&apos;s notice board</source>
        <translation>打印会议通知，张贴在楼栋公示栏</translation>
    </message>
    <message>
        <source>Print the meeting&apos;s minutes</source>
        <translation>打印会议记录</translation>
    </message>
    <message>
        <source>No opinions from this building yet: Record an opinion… when a resident raises one.</source>
        <translation>这栋楼还没有意见建议：居民提出时点“登记意见…”。</translation>
    </message>
    <message>
        <source>No council meetings yet: Call a meeting… about the chosen opinions.</source>
        <translation>还没有召开议事会：就所选意见点“召集议事会…”。</translation>
    </message>
</context>
<context>
    <name>linli::BuildingRolesWidget</name>
    <message>
        <source>Neighbour head</source>
        <translation>邻长</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>&amp;End term…</source>
        <translation>结束任期(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move from group</source>
        <translation>移出小组(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Appoint…</source>
        <translation>任命(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a resident chosen by the building as its neighbour head</source>
        <translation>登记楼栋推选的邻长</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>添加成员(&amp;M)…</translation>
    </message>
    <message>
        <source>Neighbour heads</source>
        <translation>邻长</translation>
    </message>
    <message>
        <source>Building self-governance group</source>
        <translation>楼栋自治小组</translation>
    </message>
    <message>
        <source>The building&apos;s roles could not be read.</source>
        <translation>无法读取楼栋的邻长和小组信息。</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>End term</source>
        <translation>结束任期</translation>
    </message>
    <message>
        <source>End %1&apos;s term as neighbour head today?</source>
        <translation>今天结束 %1 的邻长任期吗？</translation>
    </message>
    <message>
        <source>The term was not ended.</source>
        <translation>任期未能结束。</translation>
    </message>
    <message>
        <source>The member was not removed.</source>
        <translation>成员未能移出。</translation>
    </message>
    <message>
        <source>End the chosen neighbour head&apos;s term of office</source>
        <translation>结束所选楼栋长的任期</translation>
    </message>
    <message>
        <source>Add a resident to the building&apos;s self-governance group</source>
        <translation>把一位居民加入楼栋自治小组</translation>
    </message>
    <message>
        <source>Take the chosen member off the building&apos;s self-governance group</source>
        <translation>把所选成员移出楼栋自治小组</translation>
    </message>
    <message>
        <source>No neighbour head yet: Appoint… records the one the building chose.</source>
        <translation>还没有楼栋长：点“任命…”登记楼栋推选的人选。</translation>
    </message>
    <message>
        <source>No self-governance group yet: Add member… for each resident on it.</source>
        <translation>还没有楼栋自治小组：点“添加成员…”逐一添加。</translation>
    </message>
</context>
<context>
    <name>linli::CaseDialog</name>
    <message>
        <source>an organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Accept a dispute</source>
        <translation>受理纠纷</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Dispute:</source>
        <translation>纠纷(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>申请人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation>被申请人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>纠纷事实(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ocus of the dispute:</source>
        <translation>矛盾焦点(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Lead mediator:</source>
        <translation>主持调解员(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>调解小组(&amp;T)：</translation>
    </message>
    <message>
        <source>The parties were given the &amp;notice of their rights and duties</source>
        <translation>已向当事人送达权利义务告知书(&amp;N)</translation>
    </message>
    <message>
        <source>The signed notice (权利义务告知书) goes into the case file; print it from the case file if they have not had it yet.</source>
        <translation>当事人签字的权利义务告知书归入卷宗；如尚未送达，可在卷宗中打印。</translation>
    </message>
</context>
<context>
    <name>linli::CaseFile</name>
    <message>
        <source>The parties have not been recorded as told their rights and duties.</source>
        <translation>尚未登记当事人已被告知权利义务。</translation>
    </message>
    <message>
        <source>The record of the session of %1 is not written.</source>
        <translation>%1 的调解笔录尚未填写。</translation>
    </message>
    <message>
        <source>The case was mediated, but no session with its record is on file.</source>
        <translation>案件已经调解，但卷中没有附笔录的调解会。</translation>
    </message>
    <message>
        <source>The agreement and its terms are not written.</source>
        <translation>调解协议及其条款尚未填写。</translation>
    </message>
    <message>
        <source>The follow-up visit is not recorded.</source>
        <translation>尚未登记回访。</translation>
    </message>
    <message>
        <source>The case has not been concluded and followed up.</source>
        <translation>案件尚未办结并回访。</translation>
    </message>
    <message>
        <source>The outcome of the case is not written.</source>
        <translation>尚未填写案件结果。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Acceptance register</source>
        <translation>受理登记表</translation>
    </message>
    <message>
        <source>Notice of the parties&apos; rights and duties</source>
        <translation>当事人权利义务告知书</translation>
    </message>
    <message>
        <source>Record of a session</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>调解协议书</translation>
    </message>
    <message>
        <source>Follow-up record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>结案报告表</translation>
    </message>
</context>
<context>
    <name>linli::CaseFileDialog</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Print this paper…</source>
        <translation>打印此文书(&amp;P)…</translation>
    </message>
    <message>
        <source>The parties were &amp;told their rights…</source>
        <translation>登记已告知权利义务(&amp;T)…</translation>
    </message>
    <message>
        <source>A paper not yet ready prints as a blank form, to be signed or written by hand</source>
        <translation>尚未完成的文书打印为空白表格，供签字或手写填写</translation>
    </message>
    <message>
        <source>Record the day the parties signed the notice of their rights and duties</source>
        <translation>登记当事人在权利义务告知书上签字的日期</translation>
    </message>
    <message>
        <source>Print the &amp;whole file…</source>
        <translation>打印整卷(&amp;W)…</translation>
    </message>
    <message>
        <source>Cover, index and every paper that is ready, in binding order</source>
        <translation>封面、卷内目录及全部已完成的文书，按装订顺序</translation>
    </message>
    <message>
        <source>&amp;Save the file as PDF…</source>
        <translation>整卷另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>The case file cannot be shown.</source>
        <translation>无法显示卷宗。</translation>
    </message>
    <message>
        <source>Case file — %1</source>
        <translation>卷宗 — %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺：%1</translation>
    </message>
    <message numerus="yes">
        <source>The file is complete: %n paper(s).</source>
        <translation>
            <numerusform>卷宗齐全：共 %n 份文书。</numerusform>
        </translation>
    </message>
    <message>
        <source>The paper cannot be printed.</source>
        <translation>无法打印该文书。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The case file cannot be printed.</source>
        <translation>无法打印卷宗。</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>卷宗 %1</translation>
    </message>
    <message>
        <source>The case file cannot be saved.</source>
        <translation>无法保存卷宗。</translation>
    </message>
    <message>
        <source>Notice of rights and duties</source>
        <translation>权利义务告知</translation>
    </message>
    <message>
        <source>The parties signed the notice of their rights and duties on:</source>
        <translation>当事人在权利义务告知书上签字的日期：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>%1 of %2 papers ready. A case closes only with a complete file.</source>
        <translation>%2 份文书已完成 %1 份。卷宗齐全后方可结案。</translation>
    </message>
</context>
<context>
    <name>linli::CaseListModel</name>
    <message>
        <source>Open past its one-month limit: continuing needs both parties&apos; consent.</source>
        <translation>已超过一个月调解期限：继续调解须经双方当事人同意。</translation>
    </message>
    <message>
        <source> / </source>
        <translation> / </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>主持调解员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>调解期限</translation>
    </message>
</context>
<context>
    <name>linli::CaseStateMachine</name>
    <message>
        <source>A case that is %1 cannot be %2.</source>
        <translation>%1的案件不能%2。</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>being investigated</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>in mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>settled by agreement</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>without agreement</source>
        <translation>未达成协议</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>已移送</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>investigated</source>
        <comment>as an action</comment>
        <translation>调查</translation>
    </message>
    <message>
        <source>mediated</source>
        <comment>as an action</comment>
        <translation>调解</translation>
    </message>
    <message>
        <source>settled by agreement</source>
        <comment>as an action</comment>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>ended without agreement</source>
        <comment>as an action</comment>
        <translation>以未达成协议结束</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>as an action</comment>
        <translation>撤回</translation>
    </message>
    <message>
        <source>referred</source>
        <comment>as an action</comment>
        <translation>移送</translation>
    </message>
    <message>
        <source>followed up</source>
        <comment>as an action</comment>
        <translation>回访</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>as an action</comment>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>linli::CliCommands</name>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>The job to run.</source>
        <translation>要执行的任务。</translation>
    </message>
    <message>
        <source>linli-cli: unknown command or wrong arguments: %1
Run linli-cli --help for the commands.
</source>
        <translation>linli-cli：未知命令或参数错误：%1
运行 linli-cli --help 查看命令。
</translation>
    </message>
    <message>
        <source>linli-cli: %1</source>
        <translation>linli-cli：%1</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation>数据库 %1 已就绪（结构版本 %2）。</translation>
    </message>
    <message>
        <source>%1: intact, schema version %2 (this Linli knows up to %3).</source>
        <translation>%1：完好，结构版本 %2（本版邻里支持到 %3）。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>The day, as 2025-03-27 (default: today).</source>
        <translation>日期，格式如 2025-03-27（默认：今天）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>linli-cli: say where to write the PDF with --pdf FILE.</source>
        <translation>linli-cli：请用 --pdf 文件 指定 PDF 的保存位置。</translation>
    </message>
    <message>
        <source>linli-cli: &quot;%1&quot; is not a date; write it as 2025-03-27.</source>
        <translation>linli-cli：“%1”不是日期；请写成 2025-03-27 的格式。</translation>
    </message>
    <message>
        <source>The duty log of %1 is in %2.</source>
        <translation>%1 的值班日志已保存到 %2。</translation>
    </message>
    <message>
        <source>The mediation case, as 2025-12 or its full number.</source>
        <translation>调解案件，格式如 2025-12 或完整编号。</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>linli-cli: say which case with --case 2025-12 and where to write with --pdf FILE.</source>
        <translation>linli-cli：请用 --case 2025-12 指定案件，用 --pdf 文件 指定保存位置。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>Case %1 has no agreement yet.</source>
        <translation>案件 %1 尚无调解协议。</translation>
    </message>
    <message>
        <source>The agreement of %1 is in %2.</source>
        <translation>%1 的调解协议书已保存到 %2。</translation>
    </message>
    <message>
        <source>Case %1 shares no costs.</source>
        <translation>案件 %1 没有费用分摊。</translation>
    </message>
    <message>
        <source>The cost-sharing sheets of %1 are in %2.</source>
        <translation>%1 的费用分摊表已保存到 %2。</translation>
    </message>
    <message>
        <source>The case file of %1 is in %2.</source>
        <translation>%1 的卷宗已保存到 %2。</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>尚缺：</translation>
    </message>
    <message>
        <source>A building, by id or as compound/building (明珠花园/3栋).</source>
        <translation>楼栋，用编号或“小区/楼栋”（如 明珠花园/3栋）表示。</translation>
    </message>
    <message>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>A compound, by id or by name.</source>
        <translation>小区，用编号或名称表示。</translation>
    </message>
    <message>
        <source>compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Demo data written to %1 in %2 s: %3 communities, %4 compounds, %5 buildings, %6 households, %7 residents, %8 complaints, %9 mediation cases, %10 hygiene pacts.</source>
        <translation>演示数据已写入 %1，用时 %2 秒：%3 个社区，%4 个小区，%5 栋楼，%6 户，%7 名居民，%8 件诉求，%9 件调解案件，%10 份楼栋卫生公约。</translation>
    </message>
    <message>
        <source>There is no compound %1.</source>
        <translation>没有小区 %1。</translation>
    </message>
    <message>
        <source>There is no building %1; write it as 明珠花园/3栋 or give its id.</source>
        <translation>没有楼栋 %1；请写成“明珠花园/3栋”的形式，或给出编号。</translation>
    </message>
    <message>
        <source>linli-cli: say which building (--building 明珠花园/3栋) or compound (--compound 明珠花园), and where to write with --pdf FILE.</source>
        <translation>linli-cli：请用 --building 明珠花园/3栋 指定楼栋或用 --compound 明珠花园 指定小区，并用 --pdf 文件 指定输出位置。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No building of %1 has adopted a pact yet.</source>
        <translation>%1 还没有楼栋通过公约。</translation>
    </message>
    <message>
        <source>%1 is in %2.</source>
        <translation>%1 已保存到 %2。</translation>
    </message>
    <message>
        <source>Without a pact yet, not printed: %1</source>
        <translation>尚无公约、未打印的楼栋：%1</translation>
    </message>
    <message>
        <source>An account&apos;s username.</source>
        <translation>账号的用户名。</translation>
    </message>
    <message>
        <source>linli-cli: say whose password with --user NAME; the new password is read from standard input.</source>
        <translation>linli-cli：请用 --user 用户名 指定账号；新密码从标准输入读取。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>没有账号 %1。</translation>
    </message>
    <message>
        <source>The password of %1 is set; the account is unlocked.</source>
        <translation>%1 的密码已重设，账号已解锁。</translation>
    </message>
    <message>
        <source>%1 is restored from %2.</source>
        <translation>已用 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>被替换的文件保存为 %1。</translation>
    </message>
    <message>
        <source>Close Linli there before restoring; nothing was changed.</source>
        <translation>请先在那里关闭邻里再恢复；未做任何改动。</translation>
    </message>
    <message>
        <source>The office keeps moved-out residents&apos; data for ever; nobody was anonymised.</source>
        <translation>本办公室永久保存迁出居民的信息；没有居民被匿名化。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) who moved out more than %1 months ago anonymised.</source>
        <translation>
            <numerusform>已将迁出超过 %1 个月的 %n 名居民匿名化。</numerusform>
        </translation>
    </message>
    <message>
        <source>The month, as 2025-03.</source>
        <translation>月份，如 2025-03。</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>linli-cli: give the month as --month 2025-03 and the file as --pdf OUT.</source>
        <translation>linli-cli：请用 --month 2025-03 指定月份，用 --pdf OUT 指定文件。</translation>
    </message>
    <message>
        <source>The work report of %1 is in %2.</source>
        <translation>%1 的月度工作报告已写入 %2。</translation>
    </message>
    <message>
        <source>Show what the import would do; write nothing.</source>
        <translation>只显示导入将做什么，不写入任何数据。</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the rows with errors.</source>
        <translation>导入正确的行，跳过有错误的行。</translation>
    </message>
    <message>
        <source>Export ID numbers and phones in full.</source>
        <translation>导出完整的身份证号和电话。</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>按 %1 编码读取。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Headers on row %1: %2</source>
        <translation>第 %1 行为表头：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>New compounds</source>
        <translation>将新建的小区</translation>
    </message>
    <message>
        <source>New buildings</source>
        <translation>将新建的楼栋</translation>
    </message>
    <message>
        <source>New units</source>
        <translation>将新建的单元</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above, or leave them out with --skip-errors.</source>
        <translation>未导入任何数据：请更正以上各行，或用 --skip-errors 跳过它们。</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 places created, %4 rows left out.</source>
        <translation>导入完成：新增 %1 人，更新 %2 人，新建地点 %3 处，跳过 %4 行。</translation>
    </message>
    <message>
        <source>The database as it was before is in %1.</source>
        <translation>导入前的数据库已备份到 %1。</translation>
    </message>
    <message>
        <source>The roster template is in %1.</source>
        <translation>花名册模板已保存到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名居民写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file, or a server database as postgresql://user@host:port/dbname (default: %1).</source>
        <translation>数据库文件，或服务器上的数据库，写作 postgresql://user@host:port/dbname（默认：%1）。</translation>
    </message>
    <message>
        <source>The database file to copy.</source>
        <translation>要复制的数据库文件。</translation>
    </message>
    <message>
        <source>The empty server database to copy into, as postgresql://user@host:port/dbname.</source>
        <translation>复制到的服务器空数据库，写作 postgresql://user@host:port/dbname。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>A database on the server is restored on the server, from its own backups (pg_restore); Linli restores only database files.</source>
        <translation>服务器上的数据库在服务器上用它自己的备份恢复（pg_restore）；邻里只恢复数据库文件。</translation>
    </message>
    <message>
        <source>linli-cli: migrate-to-postgres needs --from FILE and --to postgresql://user@host:port/dbname.</source>
        <translation>linli-cli：migrate-to-postgres 需要 --from 文件 和 --to postgresql://user@host:port/dbname。</translation>
    </message>
    <message>
        <source>--from names a database file; --to names the server.</source>
        <translation>--from 指定数据库文件；--to 指定服务器。</translation>
    </message>
    <message>
        <source>--to names the server, as postgresql://user@host:port/dbname.</source>
        <translation>--to 指定服务器，写作 postgresql://user@host:port/dbname。</translation>
    </message>
    <message>
        <source>Close Linli there before copying; nothing was changed.</source>
        <translation>请先在那里关闭邻里再复制；未做任何改动。</translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 s: %4 tables, %5 rows, each table&apos;s count checked on the server.</source>
        <translation>已用 %3 秒将 %1 复制到 %2：%4 张表，%5 行，每张表的行数已在服务器上核对。</translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>%2 上 %1 的密码：</translation>
    </message>
    <message>
        <source>The community to work in, in a database of several (the duty log, the monthly report, export, import); in a database with no community yet, the name of the one to make.</source>
        <translation>在有多个社区的数据库里，指定在哪个社区办公（值班日志、月度报告、导出、导入）；数据库还没有社区时，为要新建的社区命名。</translation>
    </message>
    <message>
        <source>There is no community named %1 in the database; it holds %2.</source>
        <translation>数据库里没有名为 %1 的社区；现有社区：%2。</translation>
    </message>
    <message>
        <source>The file is being checked; nothing is written to it.</source>
        <translation>正在检查该文件，不会向其写入任何内容。</translation>
    </message>
    <message>
        <source>Beside a Linli window that has the file open:
  check and backup only read, through SQLite, and are safe at any time (check
                       opens the file read-only; backup writes a consistent copy).
  The other commands read the same way and write, where they write at all (init,
                       demo, import, anonymise, reset-password, and the audit entry
                       of an export or a print), in one transaction each, in turn
                       with the window&apos;s saves: they wait up to 5 seconds for a save
                       in progress, else stop as busy with nothing written. A schema
                       upgrade is refused while the window is open.
  restore and migrate-to-postgres are refused while Linli has the file open,
                       naming who has it.
A file with a second name (a hard link) is refused: keep one name for it.</source>
        <translation>在邻里窗口打开该文件的同时：
  check 和 backup 只通过 SQLite 读取，随时都安全（check 以只读方式打开文件；
                       backup 写出一致的副本）。
  其他命令同样方式读取；需要写入时（init、demo、import、anonymise、
                       reset-password，以及导出或打印的审计记录），每次在一个事务中
                       写入，与窗口的保存轮流进行：遇到正在进行的保存最多等待 5 秒，
                       否则以“忙”为由停止，不写入任何内容。窗口打开时不升级数据库结构。
  restore 和 migrate-to-postgres 在邻里打开该文件时会被拒绝，
                       并说明是谁打开的。
有第二个名字（硬链接）的文件会被拒绝：一个文件只保留一个名字。</translation>
    </message>
    <message>
        <source>The size of the demo: community, street or district (three sub-districts).</source>
        <translation>演示数据的规模：community（一个社区）、street（一个街道）或 district（三个街道）。</translation>
    </message>
    <message>
        <source>linli-cli: unknown scale &quot;%1&quot;; use community, street or district.</source>
        <translation>linli-cli：未知规模“%1”；请使用 community、street 或 district。</translation>
    </message>
    <message>
        <source>Admin jobs on a Linli database.

Commands:
  init                 create the database, or bring it up to date
  demo [--scale S]     fill a new database with a demo community (S: community, street, district)
  check                check the database&apos;s integrity and schema version
  backup OUT           write a consistent copy to OUT, even while Linli is open
  restore BACKUP       put a checked backup in place of the database (close Linli first)
  print duty-log [--date D] --pdf OUT
                       the duty log of day D (default today) as a PDF
  print agreement --case 2025-12 --pdf OUT
                       a mediation case&apos;s agreement (人民调解协议书) as a PDF
  print cost-share --case 2025-12 --pdf OUT
                       a case&apos;s cost-sharing sheets as a PDF
  print case-file --case 2025-12 --pdf OUT
                       a case&apos;s file (卷宗): cover, index and its papers, as a PDF
  print pact (--building 明珠花园/3栋 | --compound 明珠花园) --pdf OUT
                       a building&apos;s hygiene pact, or a whole compound&apos;s, ready to sign
  report monthly --month 2025-03 --pdf OUT
                       the month&apos;s work report (月度工作报告) as a PDF
  import residents FILE [--dry-run] [--skip-errors] [--community NAME]
                       import a roster (花名册) from .xlsx or CSV; rows with errors stop
                       the import unless --skip-errors leaves them out
  template residents OUT
                       the roster template with the columns the import expects
  export residents OUT [--full]
                       the residents list as .xlsx or CSV (ID numbers masked unless --full)
  anonymise due        anonymise the residents who moved out longer ago than the
                       office keeps personal data (Settings)
  reset-password --user NAME
                       a new password for an account, read from standard input
  migrate-to-postgres --from FILE --to postgresql://user@host:port/dbname
                       copy a database file into an empty database on a PostgreSQL
                       server, in one transaction, and check every table&apos;s count

--db may name a database on a PostgreSQL server, as postgresql://user@host:port/dbname.
Its password comes from PGPASSWORD or ~/.pgpass, or is asked for; it is never stored.

In a database with accounts, print, report, import, export and anonymise log in
with --as USERNAME (the password is asked for, or read from standard input after
the server&apos;s): the account&apos;s role is checked and the audit names it. The others
need only the file and are recorded as the system user who ran them; that is how
reset-password and restore recover a database whose administrator is locked out.</source>
        <translation>邻里数据库的管理任务。

命令：
  init                 创建数据库，或将其升级到最新结构
  demo [--scale S]     为新数据库填入演示社区（S：community 社区，street 街道，district 三个街道）
  check                检查数据库的完整性和结构版本
  backup OUT           将一致的副本写到 OUT，邻里运行时也可以
  restore BACKUP       用检查过的备份替换数据库（请先关闭邻里）
  print duty-log [--date D] --pdf OUT
                       将 D 日（默认今天）的值班日志输出为 PDF
  print agreement --case 2025-12 --pdf OUT
                       将调解案件的人民调解协议书输出为 PDF
  print cost-share --case 2025-12 --pdf OUT
                       将案件的费用分摊表输出为 PDF
  print case-file --case 2025-12 --pdf OUT
                       将案件卷宗（封面、目录及各项文书）输出为 PDF
  print pact (--building 明珠花园/3栋 | --compound 明珠花园) --pdf OUT
                       一栋楼或整个小区的楼栋卫生公约，可直接签字
  report monthly --month 2025-03 --pdf OUT
                       将该月的月度工作报告输出为 PDF
  import residents FILE [--dry-run] [--skip-errors] [--community NAME]
                       从 .xlsx 或 CSV 导入居民花名册；有错误的行会中止导入，
                       除非用 --skip-errors 跳过这些行
  template residents OUT
                       生成包含导入所需各列的花名册模板
  export residents OUT [--full]
                       将居民名单导出为 .xlsx 或 CSV（除非指定 --full，身份证号打码）
  anonymise due        将迁出时间超过本办公室个人信息保存期限（设置）的居民
                       匿名化
  reset-password --user NAME
                       为账号设置新密码，从标准输入读取
  migrate-to-postgres --from FILE --to postgresql://user@host:port/dbname
                       在一个事务中把数据库文件复制到 PostgreSQL 服务器上的空数据库，
                       并核对每张表的行数

--db 也可以指定 PostgreSQL 服务器上的数据库，写作 postgresql://user@host:port/dbname。
密码取自 PGPASSWORD 或 ~/.pgpass，否则会询问；密码从不保存。

在设有账号的数据库中，print、report、import、export 和 anonymise 须用 --as 用户名 登录
（密码会询问，或在服务器密码之后从标准输入读取）：检查该账号的角色，审计日志记录该账号。
其他命令只需数据库文件，记录为运行它们的系统用户；reset-password 和 restore
就是这样恢复管理员被锁定的数据库。</translation>
    </message>
    <message>
        <source>The Linli account to work as, for the commands that show or change people&apos;s data (print, report, import, export, anonymise); its password is asked for, or read from standard input. The audit names it.</source>
        <translation>显示或修改居民信息的命令（print、report、import、export、anonymise）所用的邻里账号；密码会询问，或从标准输入读取。审计日志记录该账号。</translation>
    </message>
    <message>
        <source>username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>linli-cli (system user %1)</source>
        <translation>linli-cli（系统用户 %1）</translation>
    </message>
    <message>
        <source>This database has accounts: say who you are with --as USERNAME. The password is asked for, or read from the first line of standard input.</source>
        <translation>此数据库设有账号：请用 --as 用户名 说明您是谁。密码会询问，或从标准输入的第一行读取。</translation>
    </message>
    <message>
        <source>%1 works in another community, not in %2.</source>
        <translation>%1 在其他社区工作，不在 %2。</translation>
    </message>
    <message>
        <source>Linli password of %1: </source>
        <translation>%1 的邻里密码：</translation>
    </message>
</context>
<context>
    <name>linli::CoGovernancePage</name>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Put right by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Adopt a pact…</source>
        <translation>通过公约(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Print the pact…</source>
        <translation>打印公约(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Signed…</source>
        <translation>已签字(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Not signed</source>
        <translation>未签字(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Record an inspection…</source>
        <translation>登记检查(&amp;R)…</translation>
    </message>
    <message>
        <source>The chosen households signed the printed pact</source>
        <translation>所选住户已在打印的公约上签字</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>公约模板(&amp;T)…</translation>
    </message>
    <message>
        <source>The hygiene pact templates: the default one and the office&apos;s own</source>
        <translation>楼栋卫生公约模板：默认模板和本社区自己的模板</translation>
    </message>
    <message>
        <source>Adopt for the &amp;compound…</source>
        <translation>全小区通过(&amp;C)…</translation>
    </message>
    <message>
        <source>Every building of the chosen building&apos;s compound that has no pact adopts a template</source>
        <translation>所选楼栋所在小区中尚无公约的楼栋，统一通过一个模板</translation>
    </message>
    <message>
        <source>Print the c&amp;ompound…</source>
        <translation>打印全小区(&amp;O)…</translation>
    </message>
    <message>
        <source>The pacts of every building of the compound, each from a new page</source>
        <translation>打印小区内各楼栋的公约，每栋另起一页</translation>
    </message>
    <message>
        <source>Due for inspection: failed, or not inspected for</source>
        <translation>待检查：未达标，或未检查已超过</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Hygiene pact</source>
        <translation>卫生公约</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>卫生检查</translation>
    </message>
    <message>
        <source>The buildings could not be listed.</source>
        <translation>无法列出楼栋。</translation>
    </message>
    <message>
        <source>Pact</source>
        <translation>公约</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>第 %1 版，%2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>never inspected</source>
        <translation>从未检查</translation>
    </message>
    <message>
        <source>failed; put right by %1</source>
        <translation>未达标，%1 前整改</translation>
    </message>
    <message>
        <source>not inspected lately</source>
        <translation>近期未检查</translation>
    </message>
    <message>
        <source>Choose a building on the left.</source>
        <translation>请在左侧选择楼栋。</translation>
    </message>
    <message>
        <source>&amp;Revise the pact…</source>
        <translation>修订公约(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 has not adopted a hygiene pact yet. Adopt one from the default template or the office&apos;s own, print it, and tick the households as they sign.</source>
        <translation>%1 尚未通过楼栋卫生公约。可从默认模板或本社区模板通过公约，打印后在住户签字时逐户登记。</translation>
    </message>
    <message>
        <source>Version %1, adopted %2 · %3 of %4 households signed</source>
        <translation>第 %1 版，%2 通过 · %4 户中已有 %3 户签字</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not yet signed</source>
        <translation>尚未签字</translation>
    </message>
    <message>
        <source>corridor blocked</source>
        <translation>楼道不通畅</translation>
    </message>
    <message>
        <source>clutter</source>
        <translation>堆放杂物</translation>
    </message>
    <message>
        <source>lighting</source>
        <translation>照明</translation>
    </message>
    <message>
        <source>bins</source>
        <translation>垃圾</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>未达标：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The pact cannot be printed.</source>
        <translation>无法打印公约。</translation>
    </message>
    <message>
        <source>The compound&apos;s pacts cannot be printed.</source>
        <translation>无法打印小区的公约。</translation>
    </message>
    <message>
        <source>Choose a building of the compound first.</source>
        <translation>请先选择该小区的一栋楼。</translation>
    </message>
    <message>
        <source>No building of %1 has adopted a pact yet.</source>
        <translation>%1 还没有楼栋通过公约。</translation>
    </message>
    <message>
        <source>Hygiene pacts of %1</source>
        <translation>%1楼栋卫生公约</translation>
    </message>
    <message>
        <source>Not printed, without a pact yet: %1</source>
        <translation>尚无公约、未打印的楼栋：%1</translation>
    </message>
    <message>
        <source>No pacts were adopted.</source>
        <translation>未通过任何公约。</translation>
    </message>
    <message>
        <source>There is no template to adopt.</source>
        <translation>没有可用的模板。</translation>
    </message>
    <message>
        <source>Adopt for the compound</source>
        <translation>全小区通过公约</translation>
    </message>
    <message>
        <source>Every building of %1 without a pact adopts, today:</source>
        <translation>%1 中尚无公约的楼栋，今天统一通过：</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s) of %1 adopted the pact.</source>
        <translation>
            <numerusform>%1 有 %n 栋楼通过了公约。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>未登记任何内容。</translation>
    </message>
    <message>
        <source>Choose the households in the list first.</source>
        <translation>请先在列表中选择住户。</translation>
    </message>
    <message>
        <source>Signed the pact</source>
        <translation>公约签字</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) signed on:</source>
        <translation>
            <numerusform>%n 户的签字日期：</numerusform>
        </translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Venues…</source>
        <translation>议事场所(&amp;V)…</translation>
    </message>
    <message>
        <source>Where the chosen building&apos;s compound meets: council hall, online group, party members&apos; home</source>
        <translation>所选楼栋所在小区的议事场所：楼栋议事厅、网上议事群、党员之家</translation>
    </message>
    <message>
        <source>The venues cannot be shown.</source>
        <translation>无法显示议事场所。</translation>
    </message>
    <message>
        <source>Opinions and meetings</source>
        <translation>意见与议事</translation>
    </message>
    <message>
        <source>This year: %1 opinions raised, %2% settled inside the building; %3 building meetings, %4 decisions.</source>
        <translation>今年：收集意见建议 %1 条，楼栋内解决 %2%；召开楼栋议事会 %3 次，形成决议 %4 项。</translation>
    </message>
    <message>
        <source>E&amp;xport the ledger…</source>
        <translation>导出台账(&amp;X)…</translation>
    </message>
    <message>
        <source>Every building&apos;s inspections over a period, to Excel or CSV (检查台账)</source>
        <translation>一段时间内各楼栋的检查记录，导出为 Excel 或 CSV（检查台账）</translation>
    </message>
    <message>
        <source>The inspection ledger</source>
        <translation>卫生检查台账</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Export the inspection ledger</source>
        <translation>导出卫生检查台账</translation>
    </message>
    <message>
        <source>No households registered in this building yet: add them in Registry.</source>
        <translation>这栋楼还没有登记住户：请在“人口登记”中添加。</translation>
    </message>
    <message>
        <source>This building has not been inspected yet: Record an inspection… after the next round.</source>
        <translation>这栋楼还没有检查记录：下次检查后点“登记检查…”。</translation>
    </message>
    <message>
        <source>Every building with a pact was inspected lately and kept it.</source>
        <translation>所有订立公约的楼栋近期都已检查并达标。</translation>
    </message>
    <message>
        <source>Adopt a new version of the building&apos;s hygiene pact from a template</source>
        <translation>根据模板通过新一版楼栋卫生公约</translation>
    </message>
    <message>
        <source>Preview and print the pact with the households&apos; signature sheet</source>
        <translation>预览并打印公约及住户签字表</translation>
    </message>
    <message>
        <source>Save the pact with its signature sheet as a PDF file</source>
        <translation>把公约及签字表保存为 PDF 文件</translation>
    </message>
    <message>
        <source>The chosen households have not signed after all</source>
        <translation>所选住户实际尚未签字</translation>
    </message>
    <message>
        <source>Record an inspection of the chosen building against its pact</source>
        <translation>按公约登记对所选楼栋的检查</translation>
    </message>
    <message>
        <source>The building has no pact to sign now.</source>
        <translation>该楼栋目前没有可签的公约。</translation>
    </message>
</context>
<context>
    <name>linli::CoGovernanceRepository</name>
    <message>
        <source>The pact template no longer exists.</source>
        <translation>该公约模板已不存在。</translation>
    </message>
    <message>
        <source>The pact no longer exists.</source>
        <translation>该公约已不存在。</translation>
    </message>
    <message>
        <source>The built-in template is kept; copy it to make your own.</source>
        <translation>内置模板保持不变；请复制后制作自己的模板。</translation>
    </message>
</context>
<context>
    <name>linli::CoGovernanceService</name>
    <message>
        <source>Give the template a name.</source>
        <translation>请填写模板名称。</translation>
    </message>
    <message>
        <source>Give the pact a title, e.g. 楼栋卫生公约.</source>
        <translation>请填写公约标题，例如“楼栋卫生公约”。</translation>
    </message>
    <message>
        <source>A pact needs at least one clause.</source>
        <translation>公约至少要有一条条款。</translation>
    </message>
    <message>
        <source>The built-in template is kept as written; save your changes as a new template.</source>
        <translation>内置模板保持原样；请将修改另存为新模板。</translation>
    </message>
    <message>
        <source>A pact is adopted today or on a day gone by.</source>
        <translation>公约的通过日期只能是今天或以前。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose the week the rota starts.</source>
        <translation>请选择值日表开始的那一周。</translation>
    </message>
    <message>
        <source>The household is not in the pact&apos;s building.</source>
        <translation>该住户不在公约所属楼栋。</translation>
    </message>
    <message>
        <source>Nobody lives in %1%2 now: there is no one to sign.</source>
        <translation>%1%2 目前无人居住，没有人可以签字。</translation>
    </message>
    <message>
        <source>A household signs between the day the pact was adopted (%1) and today.</source>
        <translation>签字日期应在公约通过之日（%1）与今天之间。</translation>
    </message>
    <message>
        <source>The building has not adopted a pact yet.</source>
        <translation>该楼栋尚未通过公约。</translation>
    </message>
    <message>
        <source>Say who inspected.</source>
        <translation>请填写检查人。</translation>
    </message>
    <message>
        <source>An inspection is recorded once it has been made.</source>
        <translation>检查完成后才能登记，日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Something failed: set the day by which it must be put right.</source>
        <translation>有项目未达标：请设定整改期限。</translation>
    </message>
    <message>
        <source>The decision was taken by another building.</source>
        <translation>该决议属于其他楼栋的议事会。</translation>
    </message>
    <message>
        <source>The building&apos;s pact no longer exists.</source>
        <translation>该楼栋的公约已不存在。</translation>
    </message>
    <message>
        <source>Another desk</source>
        <translation>另一台电脑</translation>
    </message>
    <message>
        <source>%1 adopted version %2 of this pact at %3, after this page showed version %4, so nothing was recorded on the replaced version. The page now shows version %2: record it there.</source>
        <translation>%1 于 %3 通过了本公约第 %2 版，晚于本页显示第 %4 版的时间，所以旧版上没有记录任何内容。本页现已显示第 %2 版，请在这一版上记录。</translation>
    </message>
</context>
<context>
    <name>linli::CommunityScope</name>
    <message>
        <source>This database holds several communities: choose the one this record belongs to under Community at the foot of the window, then save again.</source>
        <translation>此数据库有多个社区：请先在窗口底部的“社区”里选择这条记录所属的社区，再保存。</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Settle at &amp;level:</source>
        <translation>办理层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>经办人(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>转办单位(&amp;R)：</translation>
    </message>
    <message>
        <source>Why, for the hand-over:</source>
        <translation>分派或转交说明：</translation>
    </message>
    <message>
        <source>Settled at &amp;level:</source>
        <translation>化解层级(&amp;L)：</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话告知</translation>
    </message>
    <message>
        <source>In person at home</source>
        <translation>上门告知</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>来社区当面告知</translation>
    </message>
    <message>
        <source>By text message</source>
        <translation>短信告知</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>答复方式(&amp;H)：</translation>
    </message>
    <message>
        <source>The reporter is:</source>
        <translation>反映人评价：</translation>
    </message>
    <message>
        <source>New &amp;due date:</source>
        <translation>新的办理期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>What the reporter said:</source>
        <translation>反映人所说：</translation>
    </message>
    <message>
        <source>The building&apos;s neighbour head or self-governance group</source>
        <translation>本楼栋邻长或楼栋自治小组</translation>
    </message>
    <message>
        <source>A grid worker or staff member</source>
        <translation>网格员或社区工作人员</translation>
    </message>
    <message>
        <source>Mediation room</source>
        <translation>矛盾调解室</translation>
    </message>
    <message>
        <source>Leave empty to use the body&apos;s name</source>
        <translation>留空则使用转办单位名称</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintDetailWidget</name>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>打印回执(&amp;R)…</translation>
    </message>
    <message>
        <source>A slip for the reporter with the number and the office&apos;s phone</source>
        <translation>给反映人的回执，含受理编号和社区电话</translation>
    </message>
    <message>
        <source>%1 — overdue since %2</source>
        <translation>%1 — 自 %2 起超期</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>%1, %2, logged by %3</source>
        <translation>%1，%2，登记人 %3</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>The receipt cannot be printed.</source>
        <translation>无法打印回执。</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>回执 %1</translation>
    </message>
    <message>
        <source>Open a &amp;mediation case…</source>
        <translation>转为调解案件(&amp;M)…</translation>
    </message>
    <message>
        <source>The matter was routed to mediation: accept it as a dispute case</source>
        <translation>该诉求已转矛盾调解：受理为调解案件</translation>
    </message>
    <message>
        <source>Choose a complaint in the list to see what has been done.</source>
        <translation>在上方列表中选择一件诉求，查看办理经过。</translation>
    </message>
    <message>
        <source>Show the p&amp;hone</source>
        <translation>显示电话(&amp;H)</translation>
    </message>
    <message>
        <source>The reporter&apos;s full number, to call back; the look is recorded in the audit trail</source>
        <translation>显示反映人的完整号码以便回电；查看会记入审计日志</translation>
    </message>
    <message>
        <source>The phone cannot be shown.</source>
        <translation>无法显示电话号码。</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintEventsModel</name>
    <message>
        <source>Logged</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>分派给 %1</translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation>转交给 %1</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Reporter answered</source>
        <translation>已答复反映人</translation>
    </message>
    <message>
        <source>Follow-up: unsatisfied, reopened</source>
        <translation>回访不满意，重新办理</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Time limit extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Reminder issued</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Reporter came again</source>
        <translation>反映人再次来访</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintIntakeWidget</name>
    <message>
        <source>&amp;Urgent</source>
        <translation>紧急(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Note on this one instead</source>
        <translation>改为记入此件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save and start the next</source>
        <translation>保存并登记下一件(&amp;S)</translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>打印回执(&amp;R)…</translation>
    </message>
    <message>
        <source>Name, phone or address of a resident — or a walk-in&apos;s name</source>
        <translation>输入居民姓名、电话或住址查找，或直接输入来访人姓名</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>One line: what is the matter?</source>
        <translation>一句话概括所反映的问题</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+回车</translation>
    </message>
    <message>
        <source>&amp;Who came:</source>
        <translation>反映人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Channel and time:</source>
        <translation>方式和时间(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>诉求内容(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>详细情况(&amp;D)：</translation>
    </message>
    <message>
        <source>The same matter may have been logged already</source>
        <translation>同一事项可能已有登记</translation>
    </message>
    <message>
        <source>Compound…</source>
        <translation>小区…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>楼栋…</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translation>单元…</translation>
    </message>
    <message>
        <source>Household: %1</source>
        <translation>住户：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 (%5)</source>
        <translation>%1 · %2 · %3 · %4（%5）</translation>
    </message>
    <message>
        <source>The complaint was not logged.</source>
        <translation>诉求未能登记。</translation>
    </message>
    <message>
        <source>Logged as %1, due %2.</source>
        <translation>已登记，编号 %1，办理期限 %2。</translation>
    </message>
    <message>
        <source>%1 came again: %2</source>
        <translation>%1 再次反映：%2</translation>
    </message>
    <message>
        <source>The visit was not noted.</source>
        <translation>本次来访未能记录。</translation>
    </message>
    <message>
        <source>Noted on %1.</source>
        <translation>已记入 %1。</translation>
    </message>
    <message>
        <source>The receipt cannot be printed.</source>
        <translation>无法打印回执。</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>回执 %1</translation>
    </message>
    <message>
        <source>Add this visit to the earlier complaint about the same matter instead of logging it again</source>
        <translation>把这次来访记在同一事项的原诉求上，不重复登记</translation>
    </message>
    <message>
        <source>Print the receipt for the complaint just logged</source>
        <translation>打印刚登记诉求的回执</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintLabels</name>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Grid platform</source>
        <translation>网格平台</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>楼栋群</translation>
    </message>
    <message>
        <source>Wish wall</source>
        <translation>心愿墙</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>矛盾调解</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分派…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>Answer the reporter…</source>
        <translation>答复反映人…</translation>
    </message>
    <message>
        <source>Follow-up visit…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Remind…</source>
        <translation>催办…</translation>
    </message>
    <message>
        <source>Record a return visit…</source>
        <translation>记录再次来访…</translation>
    </message>
    <message>
        <source>assigned</source>
        <comment>as an action</comment>
        <translation>分派</translation>
    </message>
    <message>
        <source>started</source>
        <comment>as an action</comment>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>as an action</comment>
        <translation>办结</translation>
    </message>
    <message>
        <source>answered</source>
        <comment>as an action</comment>
        <translation>答复</translation>
    </message>
    <message>
        <source>followed up</source>
        <comment>as an action</comment>
        <translation>回访</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>as an action</comment>
        <translation>归档</translation>
    </message>
    <message>
        <source>extended</source>
        <comment>as an action</comment>
        <translation>延期</translation>
    </message>
    <message>
        <source>reminded</source>
        <comment>as an action</comment>
        <translation>催办</translation>
    </message>
    <message>
        <source>visited again</source>
        <comment>as an action</comment>
        <translation>记录再次来访</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintListModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起超期</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1，已超期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintLists</name>
    <message>
        <source>Enter the category&apos;s name.</source>
        <translation>请输入类别名称。</translation>
    </message>
    <message>
        <source>There is a category named %1 already.</source>
        <translation>已有名为 %1 的类别。</translation>
    </message>
    <message>
        <source>The category no longer exists.</source>
        <translation>该类别已不存在。</translation>
    </message>
    <message>
        <source>Enter the body&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>The body no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>%1 is a weekday: only a Saturday or Sunday can be a make-up working day.</source>
        <translation>%1 是工作日：只有周六或周日才能设为调休上班日。</translation>
    </message>
    <message>
        <source>%1 is not on the calendar.</source>
        <translation>%1 不在日历中。</translation>
    </message>
    <message>
        <source>The time limit must be between 1 and 60 working days.</source>
        <translation>办理时限须在 1 至 60 个工作日之间。</translation>
    </message>
    <message>
        <source>Keep the category&apos;s name within %1 characters: it heads columns in the ledger and the dashboard.</source>
        <translation>类别名称请不超过 %1 个字：台账和看板的列标题要用它。</translation>
    </message>
    <message>
        <source>Keep the body&apos;s name within %1 characters.</source>
        <translation>单位名称请不超过 %1 个字。</translation>
    </message>
    <message>
        <source>The category %1 is no longer in use; choose another.</source>
        <translation>类别“%1”已停用，请另选一个。</translation>
    </message>
    <message>
        <source>%1 retired the category %2 at %3; choose another. The list now shows the categories in use.</source>
        <translation>%1 已于 %3 停用类别“%2”，请另选一个。列表现已只显示在用的类别。</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintListsWidget</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Urgent matters:</source>
        <translation>紧急事项：</translation>
    </message>
    <message>
        <source>Normal matters:</source>
        <translation>一般事项：</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Retire or restore</source>
        <translation>停用或恢复</translation>
    </message>
    <message>
        <source>A retired category stays on old complaints but cannot be chosen</source>
        <translation>停用的类别保留在原有诉求上，但不能再选用</translation>
    </message>
    <message>
        <source>Add holiday…</source>
        <translation>添加节假日…</translation>
    </message>
    <message>
        <source>Add make-up working day…</source>
        <translation>添加调休上班日…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Holidays and make-up working days</source>
        <translation>节假日和调休上班日</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <source>Bodies matters are referred to</source>
        <translation>转办单位</translation>
    </message>
    <message>
        <source>The complaint lists could not be read.</source>
        <translation>无法读取诉求设置。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建类别</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>The category was not added.</source>
        <translation>类别未能添加。</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <source>The category was not renamed.</source>
        <translation>类别未能重命名。</translation>
    </message>
    <message>
        <source>The category was not changed.</source>
        <translation>类别未能修改。</translation>
    </message>
    <message>
        <source>New body</source>
        <translation>新建转办单位</translation>
    </message>
    <message>
        <source>The body was not added.</source>
        <translation>转办单位未能添加。</translation>
    </message>
    <message>
        <source>The body was not changed.</source>
        <translation>转办单位未能修改。</translation>
    </message>
    <message>
        <source>e.g. 国庆节调休</source>
        <translation>例如：国庆节调休</translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>The day was not added.</source>
        <translation>日期未能添加。</translation>
    </message>
    <message>
        <source>The day was not removed.</source>
        <translation>日期未能删除。</translation>
    </message>
    <message>
        <source>The time limit was not saved.</source>
        <translation>办理时限未能保存。</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A new category of complaint</source>
        <translation>新增诉求类别</translation>
    </message>
    <message>
        <source>Rename the chosen category; past complaints follow</source>
        <translation>重命名所选类别，已有诉求随之更新</translation>
    </message>
    <message>
        <source>A new outside body complaints can be referred to</source>
        <translation>新增可转办的外单位</translation>
    </message>
    <message>
        <source>A retired body stays on old complaints but cannot be chosen</source>
        <translation>停用的单位保留在原有诉求上，但不能再选择</translation>
    </message>
    <message>
        <source>A weekend day worked instead of a holiday (调休): deadlines count it</source>
        <translation>调休上班的周末：计入办理期限</translation>
    </message>
    <message>
        <source>Take the chosen day off the calendar</source>
        <translation>从日历中删除所选日期</translation>
    </message>
    <message>
        <source>A public holiday: no deadline falls on it</source>
        <translation>法定节假日：办理期限不落在这一天</translation>
    </message>
    <message>
        <source>No categories: Add… makes the first.</source>
        <translation>没有诉求类别：点“添加…”建立第一个。</translation>
    </message>
    <message>
        <source>No outside bodies yet: Add… names one complaints can be referred to (the housing office, the police station…).</source>
        <translation>还没有转办单位：点“添加…”填写可转办的单位（房管所、派出所等）。</translation>
    </message>
    <message>
        <source>No holidays entered: deadlines count every weekday. Add this year&apos;s public holidays and make-up working days.</source>
        <translation>还没有录入节假日：办理期限按每个工作日计算。请添加今年的法定节假日和调休上班日。</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintRepository</name>
    <message>
        <source>The complaint no longer exists.</source>
        <translation>该诉求已不存在。</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintService</name>
    <message>
        <source>Enter who came: choose a resident, or type a walk-in&apos;s name.</source>
        <translation>请填写反映人：选择登记居民，或输入来访人姓名。</translation>
    </message>
    <message>
        <source>The phone number is neither an 11-digit mobile nor a landline with its area code.</source>
        <translation>电话号码既不是 11 位手机号，也不是带区号的固定电话。</translation>
    </message>
    <message>
        <source>Enter a summary of the matter.</source>
        <translation>请填写诉求内容。</translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters; put the rest in the details.</source>
        <translation>诉求内容超过 %1 个字，其余请写入详细情况。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>Enter when the matter was received.</source>
        <translation>请填写受理时间。</translation>
    </message>
    <message>
        <source>The time received lies in the future.</source>
        <translation>受理时间晚于当前时间。</translation>
    </message>
    <message>
        <source>Choose the body the complaint is referred to.</source>
        <translation>请选择转办单位。</translation>
    </message>
    <message>
        <source>Mediation room</source>
        <translation>矛盾调解室</translation>
    </message>
    <message>
        <source>Enter who will handle it.</source>
        <translation>请填写经办人。</translation>
    </message>
    <message>
        <source>It is assigned to %1 already.</source>
        <translation>已分派给 %1。</translation>
    </message>
    <message>
        <source>Say what was done to resolve it.</source>
        <translation>请填写办理结果。</translation>
    </message>
    <message>
        <source>Say how the reporter was told.</source>
        <translation>请填写答复方式。</translation>
    </message>
    <message>
        <source>Note why the reporter is not satisfied: the complaint is reopened.</source>
        <translation>请注明反映人不满意的原因：该诉求将重新办理。</translation>
    </message>
    <message>
        <source>An extension needs a reason.</source>
        <translation>延期须说明理由。</translation>
    </message>
    <message>
        <source>The new due date must be later than the current one.</source>
        <translation>新的办理期限须晚于当前期限。</translation>
    </message>
    <message>
        <source>Only an overdue complaint can be reminded.</source>
        <translation>只有超期的诉求才能催办。</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintStateMachine</name>
    <message>
        <source>The complaint is resolved already; a reminder is only for open ones.</source>
        <translation>该诉求已办结；催办只适用于未办结的诉求。</translation>
    </message>
    <message>
        <source>A complaint that is %1 cannot be %2.</source>
        <translation>%1的诉求不能%2。</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintTimelineSource</name>
    <message>
        <source>Complaint %1: %2</source>
        <translation>诉求 %1：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>linli::ComplaintsPage</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Number, summary, reporter, phone or place</source>
        <translation>编号、诉求内容、反映人、电话或地点</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>登记诉求(&amp;N)…</translation>
    </message>
    <message>
        <source>Duty &amp;log…</source>
        <translation>值班日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Print the day&apos;s duty log (值班日志)</source>
        <translation>打印当日值班日志</translation>
    </message>
    <message>
        <source>Repeat visitors…</source>
        <translation>重复来访…</translation>
    </message>
    <message>
        <source>Residents who came back about the same kind of matter</source>
        <translation>就同类事项多次反映的居民</translation>
    </message>
    <message>
        <source>The complaints could not be listed.</source>
        <translation>无法列出诉求。</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) shown</source>
        <translation>
            <numerusform>显示 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>未办结 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>超期 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 30 days: %1 received, %2 resolved. Settled in the building %3%, in the community %4%, by mediation %5%, referred %6%. Median first response %7 h, median to resolution %8 days. Of these, overdue now: %9.</source>
        <translation>近 30 天：受理 %1 件，办结 %2 件。楼栋化解 %3%，社区化解 %4%，调解化解 %5%，转办 %6%。首次响应中位数 %7 小时，办结时长中位数 %8 天。其中现已超期 %9 件。</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>The duty log cannot be printed.</source>
        <translation>无法打印值班日志。</translation>
    </message>
    <message>
        <source>Duty log %1</source>
        <translation>值班日志 %1</translation>
    </message>
    <message>
        <source>The repeat visitors could not be listed.</source>
        <translation>无法列出重复来访。</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <source>Each row is a reporter who came more than once about the same kind of matter: a sign that it was not settled for good.</source>
        <translation>每一行是就同类事项多次反映的居民：说明问题可能没有彻底解决。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>What the list shows, to Excel (.xlsx) or CSV; the export is written to the audit trail</source>
        <translation>将列表当前显示的内容导出为 Excel（.xlsx）或 CSV；导出会记入操作日志</translation>
    </message>
    <message>
        <source>Export the complaints list</source>
        <translation>导出诉求台账</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) exported.</source>
        <translation>
            <numerusform>已导出 %n 件诉求。</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint matches these filters. A new matter is logged at the duty desk or with New complaint…; clear the filters to see all.</source>
        <translation>没有符合筛选条件的诉求。新事项在值班台或用“登记诉求…”登记；清除筛选条件可查看全部。</translation>
    </message>
    <message>
        <source>Log a new complaint in a form of its own</source>
        <translation>在单独的表格中登记一件新诉求</translation>
    </message>
    <message>
        <source>Repeat visitors in the last %1 days</source>
        <translation>近 %1 天重复来访</translation>
    </message>
</context>
<context>
    <name>linli::CostShareDialog</name>
    <message>
        <source>Clearing the septic tank and repairing the pipes</source>
        <translation>疏通化粪池及维修管道</translation>
    </message>
    <message>
        <source>Share a cost — %1</source>
        <translation>费用分摊 — %1</translation>
    </message>
    <message>
        <source>In yuan, e.g. 3867.50</source>
        <translation>以元为单位，例如 3867.50</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Share (yuan)</source>
        <translation>应摊金额（元）</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>用途(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation>总额(&amp;T)：</translation>
    </message>
    <message>
        <source>Households sharing it (untick those who do not; a weight of 2 pays twice a weight of 1):</source>
        <translation>参与分摊的住户（不参与的请取消勾选；比例为 2 的住户分摊比例为 1 的两倍）：</translation>
    </message>
    <message numerus="yes">
        <source>%1 yuan over %n household(s); the shares add up to the total exactly.</source>
        <translation>
            <numerusform>%1 元由 %n 户分摊，各户金额之和与总额完全相等。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) chosen.</source>
        <translation>
            <numerusform>已选 %n 户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 yuan over %n household(s): %2 of them would pay 0.00 — the total is too small to share this way.</source>
        <translation>
            <numerusform>%1 元由 %n 户分摊：其中 %2 户应摊 0.00 元，总额太小，不宜这样分摊。</numerusform>
        </translation>
    </message>
    <message>
        <source>The weight of %1 is &quot;%2&quot;. %3</source>
        <translation>%1 的比例是“%2”。%3</translation>
    </message>
</context>
<context>
    <name>linli::CostSplit</name>
    <message>
        <source>Choose at least one household to share the cost.</source>
        <translation>请至少选择一户分摊费用。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>Write the amount in yuan, with at most two decimals, e.g. 1280 or 1280.50.</source>
        <translation>请以元为单位填写金额，最多两位小数，例如 1280 或 1280.50。</translation>
    </message>
    <message>
        <source>Each household&apos;s weight must be from 0.01 to 100,000.</source>
        <translation>每户的比例须在 0.01 至 100,000 之间。</translation>
    </message>
    <message>
        <source>A weight is a number above 0 with at most two decimals, e.g. 1, 2 or a floor area of 89.5.</source>
        <translation>比例是大于 0、最多两位小数的数，例如 1、2，或建筑面积 89.5。</translation>
    </message>
</context>
<context>
    <name>linli::CsvReader</name>
    <message>
        <source>The file is neither a CSV text file nor an Excel workbook (.xlsx).</source>
        <translation>该文件既不是 CSV 文本文件，也不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text. In Excel or WPS choose Save As and the type &quot;CSV UTF-8&quot;, or import the .xlsx workbook itself.</source>
        <translation>该文件既不是 UTF-8 也不是 GBK 编码的文本。请在 Excel 或 WPS 中选择“另存为”，类型选“CSV UTF-8”，或直接导入 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; split it.</source>
        <translation>%1 超过 512 MB，请拆分后再导入。</translation>
    </message>
    <message>
        <source>The file ends inside a quoted cell; it was cut off or is not a CSV file.</source>
        <translation>文件在引号内的单元格中结束：文件不完整，或不是 CSV 文件。</translation>
    </message>
</context>
<context>
    <name>linli::DashboardCharts</name>
    <message>
        <source>Complaints per month, by category</source>
        <translation>每月诉求（按类别）</translation>
    </message>
    <message>
        <source>Where complaints were settled</source>
        <translation>诉求在哪一级化解</translation>
    </message>
    <message>
        <source>settled in the building (%)</source>
        <translation>楼栋内化解（%）</translation>
    </message>
    <message>
        <source>Mediation: cases ending in an agreement</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <source>agreement rate (%)</source>
        <translation>达成协议比例（%）</translation>
    </message>
    <message>
        <source>Median days to resolve a complaint</source>
        <translation>诉求办结天数（中位数）</translation>
    </message>
    <message>
        <source>median days</source>
        <translation>天数中位数</translation>
    </message>
</context>
<context>
    <name>linli::DashboardPage</name>
    <message>
        <source>complaints open</source>
        <translation>件诉求未办结</translation>
    </message>
    <message>
        <source>complaints overdue</source>
        <translation>件诉求已逾期</translation>
    </message>
    <message>
        <source>complaints received in the period</source>
        <translation>件诉求本期受理</translation>
    </message>
    <message>
        <source>cases in mediation</source>
        <translation>件纠纷调解中</translation>
    </message>
    <message>
        <source>mediation sessions this week</source>
        <translation>场调解本周进行</translation>
    </message>
    <message>
        <source>elders overdue for a visit</source>
        <translation>位独居老人待走访</translation>
    </message>
    <message>
        <source>wishes not yet fulfilled</source>
        <translation>个心愿待实现</translation>
    </message>
    <message>
        <source>buildings failing inspection</source>
        <translation>栋楼检查未达标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Show the list behind this figure</source>
        <translation>查看这个数字背后的名单</translation>
    </message>
    <message>
        <source>The whole community</source>
        <translation>全社区</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>The dashboard could not be read.</source>
        <translation>无法读取工作台数据。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>月度工作报告(&amp;M)…</translation>
    </message>
    <message>
        <source>The month&apos;s work report (月度工作报告) to preview, print or save as PDF</source>
        <translation>预览、打印或另存为 PDF 的月度工作报告</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度工作报告</translation>
    </message>
    <message>
        <source>The monthly report cannot be made.</source>
        <translation>无法生成月度工作报告。</translation>
    </message>
    <message>
        <source>Work report %1</source>
        <translation>工作报告 %1</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Complaints open</source>
        <translation>未办结诉求</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>期内受理</translation>
    </message>
    <message>
        <source>Cases in mediation</source>
        <translation>调解中案件</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>本周调解会</translation>
    </message>
    <message>
        <source>Elders overdue</source>
        <translation>逾期未探访老人</translation>
    </message>
    <message>
        <source>Wishes open</source>
        <translation>未完成心愿</translation>
    </message>
    <message>
        <source>Buildings failing</source>
        <translation>检查不合格楼栋</translation>
    </message>
    <message>
        <source>Double-click a community to work in it</source>
        <translation>双击某个社区即进入该社区办公</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>按社区</translation>
    </message>
    <message>
        <source>The whole sub-district</source>
        <translation>整个街道</translation>
    </message>
</context>
<context>
    <name>linli::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created: %2</source>
        <translation>无法创建数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: permission denied.</source>
        <translation>无法读取数据库文件 %1：权限不足。</translation>
    </message>
    <message>
        <source>%1 is not a Linli database.</source>
        <translation>%1 不是邻里数据库。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not Linli.</source>
        <translation>%1 是其他程序的数据库，不是邻里数据库。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be brought up to date: %2</source>
        <translation>无法升级 %1：%2</translation>
    </message>
    <message>
        <source>It is not a Linli database.</source>
        <translation>它不是邻里数据库。</translation>
    </message>
    <message>
        <source>It was written by a newer version of Linli.</source>
        <translation>它由更新版本的邻里写入。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; could not be applied.</source>
        <translation>无法应用设置“%1”。</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>数据库文件已损坏：%1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the backup.</source>
        <translation>%1 已存在；请为备份选择一个新文件。</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be created: %2</source>
        <translation>无法创建备份文件 %1：%2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 was not brought up to date, because the backup before it failed: %2</source>
        <translation>%1 未升级，因为升级前的备份失败：%2</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2). SQLite&apos;s locking does not hold there, and records could be lost when two desks write at once. Keep the file on this computer&apos;s own disk; for several desks, use the server engine.</source>
        <translation>%1 位于网络驱动器（%2）上。SQLite 的文件锁在网络驱动器上不可靠，两台电脑同时写入时可能丢失记录。请把文件放在本机硬盘上；多个工位共用时，请使用服务器数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Linli (schema %2; this version knows up to %3), so it is open read-only. Update Linli to change it.</source>
        <translation>%1 由更新版本的邻里写入（结构版本 %2；本版本最高支持 %3），因此以只读方式打开。请升级邻里后再修改。</translation>
    </message>
    <message>
        <source>You may read %1 but not write it, so it is open read-only. Check the file&apos;s permissions.</source>
        <translation>您可以读取 %1 但不能写入，因此以只读方式打开。请检查文件权限。</translation>
    </message>
    <message>
        <source>The server database is at schema %1; this Linli expects %2.</source>
        <translation>服务器数据库的结构版本为 %1；本版邻里需要 %2。</translation>
    </message>
    <message>
        <source>A database on the server is backed up on the server, with pg_dump, by whoever looks after it; Linli backs up only the files on this computer.</source>
        <translation>服务器上的数据库由服务器管理员在服务器上用 pg_dump 备份；邻里只备份本机上的文件。</translation>
    </message>
    <message>
        <source>Linli cannot reach PostgreSQL servers on this computer: Qt&apos;s PostgreSQL driver is missing (Debian&apos;s package libqt6sql6-psql).</source>
        <translation>本机上的邻里无法连接 PostgreSQL 服务器：缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server %1 asks for a password.</source>
        <translation>服务器 %1 需要密码。</translation>
    </message>
    <message>
        <source>The server database %1 cannot be opened: %2</source>
        <translation>无法打开服务器数据库 %1：%2</translation>
    </message>
    <message>
        <source>It is not a Linli database: it holds tables of another program. Give Linli a database of its own.</source>
        <translation>这不是邻里的数据库：其中有别的程序的表。请为邻里单独建一个数据库。</translation>
    </message>
    <message>
        <source>It holds no Linli data yet.</source>
        <translation>其中还没有邻里的数据。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a Linli database. If it should be a new one, remove the empty file and start again.</source>
        <translation>%1 是空文件（0 字节），不是邻里数据库。如果要新建数据库，请删除这个空文件后重新开始。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written (or the disk is read-only), so the file is open read-only: SQLite keeps its journal beside the file.</source>
        <translation>%1 所在的文件夹不可写入（或磁盘为只读），因此以只读方式打开：SQLite 需要在文件旁边写日志。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created; check the free disk space and the folder&apos;s permissions.</source>
        <translation>无法创建数据库文件 %1；请检查磁盘剩余空间和文件夹权限。</translation>
    </message>
    <message>
        <source>Its schema is brought up to date when Linli is closed there; nothing was changed.</source>
        <translation>请在那台电脑关闭邻里后再升级数据库结构；未做任何改动。</translation>
    </message>
    <message>
        <source>The backup to %1 could not be put in place.</source>
        <translation>备份无法放到 %1。</translation>
    </message>
    <message>
        <source>%1 has another name on this disk as well (a hard link, %2 names in all). Two names for one database let two programs keep journals of their own and overwrite each other&apos;s records. Remove the other names, or copy the file, and open it again.</source>
        <translation>%1 在这块磁盘上还有别的名字（硬链接，共 %2 个名字）。同一个数据库有两个名字时，两个程序会各自写日志，互相覆盖对方的记录。请删除其他名字，或复制该文件后重新打开。</translation>
    </message>
    <message>
        <source>Another desk&apos;s save is holding this record: %1. Try again in a moment; the server ends a save left open for a minute.</source>
        <translation>另一台电脑正在保存，占用了这条记录：%1。请稍后再试；保存停留超过一分钟的，服务器会自动结束它。</translation>
    </message>
    <message>
        <source>%1, its save open for %2 s</source>
        <extracomment>%1 names the desk (the program, its computer and the account), %2 is whole seconds.</extracomment>
        <translation>%1，已保存中 %2 秒</translation>
    </message>
    <message>
        <source>a program without a name</source>
        <translation>一个未署名的程序</translation>
    </message>
</context>
<context>
    <name>linli::DatabaseLocationDialog</name>
    <message>
        <source>A &amp;file on this computer (one desk)</source>
        <translation>本机上的文件（单台电脑）(&amp;F)</translation>
    </message>
    <message>
        <source>The office&apos;s &amp;server (several desks, PostgreSQL)</source>
        <translation>社区的服务器（多台电脑共用，PostgreSQL）(&amp;S)</translation>
    </message>
    <message>
        <source>Where Linli keeps its data</source>
        <translation>邻里的数据存放位置</translation>
    </message>
    <message>
        <source>The server&apos;s address as its administrator gave it, without the password: Linli asks for that at each start and never keeps it</source>
        <translation>服务器管理员给出的地址，不含密码：密码在每次启动时询问，从不保存</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <source>One desk keeps its data in a file on its own disk. When several desks — the duty desk, the mediators, the grid workers — work on the same records, they share one database on the office&apos;s PostgreSQL server instead. Linli uses the new place from its next start; copy a file&apos;s records onto a new server database with linli-cli migrate-to-postgres.</source>
        <translation>单台电脑把数据存放在本机硬盘上的一个文件里。值班台、调解员、网格员等多台电脑处理同一批记录时，改为共用社区 PostgreSQL 服务器上的一个数据库。邻里下次启动时使用新位置；文件中的记录可用 linli-cli migrate-to-postgres 复制到新的服务器数据库。</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Linli databases (*.linli *.db)</source>
        <translation>邻里数据库 (*.linli *.db)</translation>
    </message>
    <message>
        <source>Name the database file, for example %1.</source>
        <translation>请填写数据库文件，例如 %1。</translation>
    </message>
</context>
<context>
    <name>linli::DatabaseLock</name>
    <message>
        <source>The database is open in Linli by %1 on %2 since %3.</source>
        <translation>该数据库已由 %1 在 %2 上打开（自 %3 起）。</translation>
    </message>
    <message>
        <source>Work on it there, or ask them to close Linli; two copies writing the same file at once is how records get lost.</source>
        <translation>请在那台电脑上操作，或请对方关闭邻里；两个程序同时写同一个文件会造成记录丢失。</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be written: %2</source>
        <translation>无法写入锁文件 %1：%2</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be written; check the folder&apos;s permissions and free space.</source>
        <translation>无法写入锁文件 %1；请检查文件夹权限和剩余空间。</translation>
    </message>
</context>
<context>
    <name>linli::DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>登记决议</translation>
    </message>
    <message>
        <source>Agreed by all present</source>
        <translation>与会各户一致同意</translation>
    </message>
    <message>
        <source>Vote: more than half of the votes</source>
        <translation>表决：过半数通过</translation>
    </message>
    <message>
        <source>Vote: two thirds of the votes</source>
        <translation>表决：三分之二通过</translation>
    </message>
    <message>
        <source>for</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>议程事项(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Decided:</source>
        <translation>决议内容(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>议决方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Votes of the households present:</source>
        <translation>到会各户表决：</translation>
    </message>
    <message>
        <source>%1 of the building&apos;s %2 households present: %3.</source>
        <translation>全楼 %2 户，到会 %1 户：%3。</translation>
    </message>
    <message>
        <source>a quorum</source>
        <translation>到会户数过半</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>到会户数未过半</translation>
    </message>
    <message>
        <source>For %1, against %2, abstaining %3.</source>
        <translation>赞成 %1 户，反对 %2 户，弃权 %3 户。</translation>
    </message>
    <message>
        <source>It passes.</source>
        <translation>决议通过。</translation>
    </message>
    <message>
        <source>It does not pass.</source>
        <translation>决议未通过。</translation>
    </message>
</context>
<context>
    <name>linli::DemoGenerator</name>
    <message>
        <source>The database holds a registry already; demo data goes only into a new, empty file.</source>
        <translation>该数据库已有登记数据；演示数据只能写入新的空文件。</translation>
    </message>
</context>
<context>
    <name>linli::DocumentPrinter</name>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation>PDF 未保存。</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
</context>
<context>
    <name>linli::DutyDeskPage</name>
    <message>
        <source>Log a visitor&apos;s or caller&apos;s matter</source>
        <translation>来访来电登记</translation>
    </message>
    <message>
        <source>Received today: %1</source>
        <translation>今日受理：%1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>今日到期：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已超期：%1</translation>
    </message>
    <message>
        <source>Duty &amp;roster…</source>
        <translation>值班表(&amp;R)…</translation>
    </message>
    <message>
        <source>Nobody is on the roster for today.</source>
        <translation>今日值班表上没有安排人员。</translation>
    </message>
    <message>
        <source>On duty today: %1</source>
        <translation>今日值班：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing received yet today. A visitor&apos;s or caller&apos;s matter is logged in the form on the left.</source>
        <translation>今天还没有受理诉求。来访来电请在左侧表格中登记。</translation>
    </message>
    <message>
        <source>Nothing falls due today.</source>
        <translation>今天没有到期的诉求。</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>没有超期的诉求。</translation>
    </message>
    <message>
        <source>Who is on duty on which day</source>
        <translation>每天的值班人员</translation>
    </message>
</context>
<context>
    <name>linli::DutyRoster</name>
    <message>
        <source>Choose the day.</source>
        <translation>请选择日期。</translation>
    </message>
</context>
<context>
    <name>linli::ElderCareRepository</name>
    <message>
        <source>%1 is a carer already.</source>
        <translation>%1 已经是关爱人。</translation>
    </message>
    <message>
        <source>The carer does not look after this elder.</source>
        <translation>该关爱人未结对这位老人。</translation>
    </message>
    <message>
        <source>The task is done already, or no longer exists.</source>
        <translation>该事项已办结或已不存在。</translation>
    </message>
    <message>
        <source>The elder is no longer registered.</source>
        <translation>这位老人已不在登记中。</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>%1 recorded this task done on %2; the list now shows it.</source>
        <translation>%1 已于 %2 登记该任务完成，列表现已显示。</translation>
    </message>
</context>
<context>
    <name>linli::ElderCareService</name>
    <message>
        <source>Choose the carer from the registry: carers are residents of the community.</source>
        <translation>请从人口登记中选择关爱人：关爱人须是本社区居民。</translation>
    </message>
    <message>
        <source>Choose an elder and a carer.</source>
        <translation>请选择老人和关爱人。</translation>
    </message>
    <message>
        <source>An elder is not their own carer.</source>
        <translation>老人不能做自己的关爱人。</translation>
    </message>
    <message>
        <source>An elder living alone is visited at least once a month: give an interval of 1 to 30 days.</source>
        <translation>独居老人至少每月走访一次：请填写 1 至 30 天的间隔。</translation>
    </message>
    <message>
        <source>A frail elder is visited at least every %1 days.</source>
        <translation>体弱老人至少每 %1 天走访一次。</translation>
    </message>
    <message>
        <source>Choose the elder who was visited.</source>
        <translation>请选择被走访的老人。</translation>
    </message>
    <message>
        <source>A visit is recorded on the day it was made, today at the latest.</source>
        <translation>走访按实际日期登记，最晚为今天。</translation>
    </message>
    <message>
        <source>Give the hours as a number from 0 to 24.</source>
        <translation>时长请填 0 至 24 之间的数字。</translation>
    </message>
    <message>
        <source>Failed at the visit: %1</source>
        <translation>走访发现问题：%1</translation>
    </message>
    <message>
        <source>Failed at the visit: %1 — %2</source>
        <translation>走访发现问题：%1 —— %2</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请写明做了什么。</translation>
    </message>
    <message>
        <source>The day it was done is today at the latest.</source>
        <translation>办结日期最晚为今天。</translation>
    </message>
    <message>
        <source>Name the period, e.g. 高温天气 or 春节.</source>
        <translation>请填写时段名称，如“高温天气”或“春节”。</translation>
    </message>
    <message>
        <source>The period ends on or after the day it starts.</source>
        <translation>时段的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Give an interval of 1 to 30 days.</source>
        <translation>请填写 1 至 30 天的间隔。</translation>
    </message>
</context>
<context>
    <name>linli::ElderCareWidget</name>
    <message>
        <source>not looked at</source>
        <translation>未查看</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>a problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Elder</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>无人应答</translation>
    </message>
    <message>
        <source>Carers</source>
        <translation>关爱人</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>&amp;Record a visit…</source>
        <translation>登记走访(&amp;R)…</translation>
    </message>
    <message>
        <source>A visit, a call or a knock nobody answered, with the checklist</source>
        <translation>登记一次走访或电话（包括无人应答），并填写检查项</translation>
    </message>
    <message>
        <source>Visit &amp;interval…</source>
        <translation>走访间隔(&amp;I)…</translation>
    </message>
    <message>
        <source>New &amp;carer…</source>
        <translation>新增关爱人(&amp;C)…</translation>
    </message>
    <message>
        <source>A party member, neighbour head or volunteer who looks after elders</source>
        <translation>照顾独居老人的党员、邻长或志愿者</translation>
    </message>
    <message>
        <source>&amp;Assign a carer…</source>
        <translation>结对关爱人(&amp;A)…</translation>
    </message>
    <message>
        <source>Mark a &amp;period…</source>
        <translation>标记重点时段(&amp;P)…</translation>
    </message>
    <message>
        <source>A heat wave or a festival, when elders are visited sooner</source>
        <translation>高温、寒潮或节日等需要加密走访的时段</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>办结(&amp;D)…</translation>
    </message>
    <message>
        <source>Not visited in time, worst first</source>
        <translation>未按时走访（最紧急的在前）</translation>
    </message>
    <message>
        <source>No carer yet</source>
        <translation>尚无关爱人</translation>
    </message>
    <message>
        <source>Open tasks from visits</source>
        <translation>走访发现的待办事项</translation>
    </message>
    <message>
        <source>The care register could not be read.</source>
        <translation>无法读取关爱台账。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 elders living alone · %2 not visited in time · %3 with no carer · %4 open tasks</source>
        <translation>独居老人 %1 人 · 未按时走访 %2 人 · 无关爱人 %3 人 · 待办事项 %4 件</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>office staff</source>
        <translation>社区工作人员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reached them (clear it when nobody answered)</source>
        <translation>见到本人（无人应答时取消勾选）</translation>
    </message>
    <message>
        <source>What was done, what was found</source>
        <translation>做了什么，发现了什么</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>&amp;Elder:</source>
        <translation>老人(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Carer:</source>
        <translation>关爱人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>时长(&amp;H)：</translation>
    </message>
    <message>
        <source>Name, phone or address</source>
        <translation>姓名、电话或住址</translation>
    </message>
    <message>
        <source>New carer</source>
        <translation>新增关爱人</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>人员(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>身份(&amp;A)：</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>Assign a carer</source>
        <translation>结对关爱人</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Frail: visited at least every %1 days</source>
        <translation>体弱：至少每 %1 天走访一次</translation>
    </message>
    <message>
        <source>Visit interval</source>
        <translation>走访间隔</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>每隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Choose an elder.</source>
        <translation>请选择一位老人。</translation>
    </message>
    <message>
        <source>e.g. 高温天气, 春节</source>
        <translation>如：高温天气、春节</translation>
    </message>
    <message>
        <source>Mark a period</source>
        <translation>标记重点时段</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>Visit &amp;every:</source>
        <translation>走访间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>事项办结：%1</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>办理情况(&amp;W)：</translation>
    </message>
    <message>
        <source>Export the elders due a visit</source>
        <translation>导出待走访的独居老人</translation>
    </message>
    <message>
        <source>No elder is due a visit.</source>
        <translation>没有需要走访的老人。</translation>
    </message>
    <message>
        <source>Every elder living alone has a carer.</source>
        <translation>每位独居老人都有结对关爱人。</translation>
    </message>
    <message>
        <source>No open tasks: a problem found on a visit becomes one.</source>
        <translation>没有待办任务：走访中发现的问题会生成任务。</translation>
    </message>
    <message>
        <source>How often the chosen elder is to be visited</source>
        <translation>所选老人多久走访一次</translation>
    </message>
    <message>
        <source>Pair the chosen elder with a neighbour, volunteer or grid worker who looks in</source>
        <translation>为所选老人安排结对的邻居、志愿者或网格员</translation>
    </message>
    <message>
        <source>The chosen task is done: say what was done</source>
        <translation>所选任务已完成：记录办理情况</translation>
    </message>
</context>
<context>
    <name>linli::ErrorReporter</name>
    <message>
        <source>Linli</source>
        <translation>邻里</translation>
    </message>
</context>
<context>
    <name>linli::EventRepository</name>
    <message>
        <source>The activity no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <source>This resident has signed up for the activity already.</source>
        <translation>该居民已报名此活动。</translation>
    </message>
    <message>
        <source>%1 is full: all %2 places are taken.</source>
        <translation>%1 已满：%2 个名额均已报满。</translation>
    </message>
    <message>
        <source>The resident has not signed up for this activity.</source>
        <translation>该居民未报名此活动。</translation>
    </message>
</context>
<context>
    <name>linli::EventService</name>
    <message>
        <source>Name the event, e.g. 第三届邻里节.</source>
        <translation>请填写活动名称，如“第三届邻里节”。</translation>
    </message>
    <message>
        <source>Give the day the event is held.</source>
        <translation>请填写举办日期。</translation>
    </message>
    <message>
        <source>Choose the event the activity belongs to.</source>
        <translation>请选择该项目所属的活动。</translation>
    </message>
    <message>
        <source>Name the activity, e.g. 趣味拔河.</source>
        <translation>请填写项目名称，如“趣味拔河”。</translation>
    </message>
    <message>
        <source>The capacity is a number of places, or 0 for no limit.</source>
        <translation>名额为人数，填 0 表示不限。</translation>
    </message>
    <message>
        <source>Choose the resident from the registry.</source>
        <translation>请从人口登记中选择居民。</translation>
    </message>
    <message>
        <source>Attendance is taken on the day of the event, %1.</source>
        <translation>签到在活动当天（%1）进行。</translation>
    </message>
    <message>
        <source>Choose the helper from the registry.</source>
        <translation>请从人口登记中选择志愿者。</translation>
    </message>
    <message>
        <source>Give the helper&apos;s hours as a number above 0, at most 24.</source>
        <translation>志愿者时长请填大于 0、不超过 24 的数字。</translation>
    </message>
</context>
<context>
    <name>linli::EventsWidget</name>
    <message>
        <source>Activity</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>新建活动(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Helper…</source>
        <translation>志愿者(&amp;H)…</translation>
    </message>
    <message>
        <source>A resident who helped run the event; their hours count as volunteer hours</source>
        <translation>协助举办活动的居民；其时长计入志愿服务时长</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translation>新建项目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Print the sign-up sheet…</source>
        <translation>打印报名签到表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Sign up…</source>
        <translation>报名(&amp;S)…</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Signed up for the chosen activity</source>
        <translation>所选项目的报名名单</translation>
    </message>
    <message>
        <source>The events could not be read.</source>
        <translation>无法读取活动。</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>came</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>e.g. 第三届邻里节</source>
        <translation>如：第三届邻里节</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>No activity was added.</source>
        <translation>未添加项目。</translation>
    </message>
    <message>
        <source>Choose the event first.</source>
        <translation>请先选择活动。</translation>
    </message>
    <message>
        <source>e.g. 趣味拔河</source>
        <translation>如：趣味拔河</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>New activity of %1</source>
        <translation>%1 新建项目</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>名额(&amp;P)：</translation>
    </message>
    <message>
        <source>Nobody was signed up.</source>
        <translation>未能报名。</translation>
    </message>
    <message>
        <source>Choose the activity first.</source>
        <translation>请先选择项目。</translation>
    </message>
    <message>
        <source>Name, phone or address</source>
        <translation>姓名、电话或住址</translation>
    </message>
    <message>
        <source>Sign up for %1</source>
        <translation>报名 %1</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>人员(&amp;W)：</translation>
    </message>
    <message>
        <source>The attendance was not recorded.</source>
        <translation>未能记录签到。</translation>
    </message>
    <message>
        <source>No helper was added.</source>
        <translation>未添加志愿者。</translation>
    </message>
    <message>
        <source>e.g. 签到, 布置场地</source>
        <translation>如：签到、布置场地</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>A helper at %1</source>
        <translation>%1 的志愿者</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>分工(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>时长(&amp;H)：</translation>
    </message>
    <message>
        <source>The sign-up sheet cannot be printed.</source>
        <translation>无法打印报名签到表。</translation>
    </message>
    <message>
        <source>Sign-up sheet %1</source>
        <translation>报名签到表 %1</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Who signed up for the chosen activity, to Excel or CSV</source>
        <translation>所选活动的报名名单，导出为 Excel 或 CSV</translation>
    </message>
    <message>
        <source>The sign-ups cannot be exported.</source>
        <translation>无法导出报名名单。</translation>
    </message>
    <message>
        <source>Export the sign-ups</source>
        <translation>导出报名名单</translation>
    </message>
    <message>
        <source>No activities yet: New activity… adds the first to the chosen event (New event… makes one).</source>
        <translation>还没有项目：用“新建项目…”为所选活动添加（先用“新建活动…”建立活动）。</translation>
    </message>
    <message>
        <source>Nobody has signed up for this activity yet: Sign up…</source>
        <translation>这个项目还没有人报名：点“报名…”。</translation>
    </message>
    <message>
        <source>A new event, such as the neighbourhood festival</source>
        <translation>新建活动，例如邻里节</translation>
    </message>
    <message>
        <source>Add an activity (a game, a performance…) to the chosen event</source>
        <translation>为所选活动添加项目（比赛、表演等）</translation>
    </message>
    <message>
        <source>Print the chosen activity&apos;s sign-up sheet for the notice board</source>
        <translation>打印所选项目的报名表，张贴在公示栏</translation>
    </message>
    <message>
        <source>Sign a resident up for the chosen activity</source>
        <translation>为居民报名所选项目</translation>
    </message>
    <message>
        <source>The chosen resident came to the activity</source>
        <translation>所选居民已到场参加</translation>
    </message>
    <message>
        <source>The chosen resident signed up but did not come</source>
        <translation>所选居民报了名但没有到场</translation>
    </message>
</context>
<context>
    <name>linli::FirstAdministratorDialog</name>
    <message>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s: they make the accounts of the other staff, each with its role.</source>
        <translation>本数据库还没有账号。请先创建管理员账号，由管理员为其他工作人员开设账号并分配角色。</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password (%1 characters or more):</source>
        <translation>密码（至少 %1 位）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>linli::FirstRun</name>
    <message>
        <source>Enter the community&apos;s name: it heads every printed document.</source>
        <translation>请填写社区名称：所有打印件的抬头都用它。</translation>
    </message>
    <message>
        <source>Choose where the data is kept.</source>
        <translation>请选择数据保存的位置。</translation>
    </message>
    <message>
        <source>%1 is a folder: name the file the data goes in.</source>
        <translation>%1 是一个文件夹：请指定保存数据的文件名。</translation>
    </message>
    <message>
        <source>%1 exists already: open it with linli --db, or choose another name.</source>
        <translation>%1 已经存在：请用 linli --db 打开它，或换一个文件名。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is not a demo database; it is left as it is.</source>
        <translation>%1 不是演示数据库，未作任何改动。</translation>
    </message>
</context>
<context>
    <name>linli::FirstRunWizard</name>
    <message>
        <source>&amp;Import the roster (花名册) from Excel</source>
        <translation>从 Excel 导入花名册(&amp;I)</translation>
    </message>
    <message>
        <source>Start &amp;empty: enter the compounds and households by hand</source>
        <translation>从空白开始：手工录入小区和住户(&amp;E)</translation>
    </message>
    <message>
        <source>Explore a &amp;demo community first</source>
        <translation>先看看演示社区(&amp;D)</translation>
    </message>
    <message>
        <source>Welcome to Linli</source>
        <translation>欢迎使用邻里</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>您的社区</translation>
    </message>
    <message>
        <source>As it is to appear on every receipt, agreement and pact Linli prints. All of it can be changed later in Settings.</source>
        <translation>这些信息会印在回执、协议书和公约等打印件上，以后可以在“设置”中修改。</translation>
    </message>
    <message>
        <source>for example: Hongqi Community</source>
        <translation>例如：红旗社区</translation>
    </message>
    <message>
        <source>for example: Baota Sub-district</source>
        <translation>例如：宝塔街道</translation>
    </message>
    <message>
        <source>for example: Yuetang District</source>
        <translation>例如：岳塘区</translation>
    </message>
    <message>
        <source>The words around the office&apos;s seal</source>
        <translation>公章上的文字</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Sub-district:</source>
        <translation>街道(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>区(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;eal text:</source>
        <translation>印章文字(&amp;E)：</translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation>数据保存位置</translation>
    </message>
    <message>
        <source>One file holds everything. Keep it on this computer, not on a network drive: desks sharing a file that way damage it. Linli backs it up every day into a folder beside it.</source>
        <translation>全部数据保存在一个文件里。请放在本机上，不要放在网络共享盘上：多台电脑通过共享盘同时使用会损坏数据。邻里每天自动把它备份到旁边的文件夹里。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Linli database (*.linli)</source>
        <translation>邻里数据库 (*.linli)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>How to begin</source>
        <translation>如何开始</translation>
    </message>
    <message>
        <source>After you make the administrator&apos;s account, the import shows every row of your Excel roster before anything is written.</source>
        <translation>设置管理员账号后，导入会先逐行显示 Excel 花名册的内容，确认后才写入。</translation>
    </message>
    <message>
        <source>Choose the folder and the name of the data file</source>
        <translation>选择数据文件所在的文件夹和文件名</translation>
    </message>
    <message>
        <source>An invented community in a file of its own (demo.linli), marked as demo at the login, in the window&apos;s title and across every printed page; your office&apos;s file is not created yet, and this wizard comes back at the next start. Log in as admin, password demo1234.</source>
        <translation>一个虚构的社区，保存在单独的文件（demo.linli）里，登录界面、窗口标题和每一页打印件上都标明“演示数据”；您社区的数据文件暂不创建，下次启动时会再次出现本向导。用 admin 登录，密码 demo1234。</translation>
    </message>
    <message>
        <source>This desk &amp;joins the office&apos;s server…</source>
        <translation>本机接入社区服务器(&amp;J)…</translation>
    </message>
    <message>
        <source>Work in the office&apos;s shared database on its PostgreSQL server instead of a file of this desk&apos;s own</source>
        <translation>使用社区 PostgreSQL 服务器上的共用数据库，而不是本机自己的文件</translation>
    </message>
    <message>
        <source>Several desks working on the same records share a database on the office&apos;s server:</source>
        <translation>多台电脑处理同一批记录时，共用社区服务器上的数据库：</translation>
    </message>
</context>
<context>
    <name>linli::HelpBrowser</name>
    <message>
        <source>user-guide.md</source>
        <translation>user-guide.zh_CN.md</translation>
    </message>
    <message>
        <source>Linli user guide</source>
        <translation>邻里使用手册</translation>
    </message>
</context>
<context>
    <name>linli::HouseholdFileWidget</name>
    <message>
        <source>&amp;Add resident…</source>
        <translation>添加居民(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Move out…</source>
        <translation>迁出(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Register a new member of this household (Ctrl+N)</source>
        <translation>登记本户新成员（Ctrl+N）</translation>
    </message>
    <message>
        <source>Record that the resident no longer lives here; the record is kept</source>
        <translation>登记居民已不在此居住；档案保留</translation>
    </message>
    <message>
        <source>Delete a resident entered by mistake</source>
        <translation>删除误登记的居民</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Household file</source>
        <translation>一户一档</translation>
    </message>
    <message>
        <source>The household file could not be read.</source>
        <translation>无法读取该户档案。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) living here</source>
        <translation>
            <numerusform>现住 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>%1 no longer lives at %2. The record is kept in the household file.</source>
        <translation>%1 已不在 %2 居住。档案仍保留在该户档案中。</translation>
    </message>
    <message>
        <source>Moved out on:</source>
        <translation>迁出日期：</translation>
    </message>
    <message>
        <source>The move-out was not recorded.</source>
        <translation>迁出未能登记。</translation>
    </message>
    <message>
        <source>Delete resident</source>
        <translation>删除居民</translation>
    </message>
    <message>
        <source>Delete %1 from the registry? Use this only for a record entered by mistake; for a resident who left, record a move-out instead.</source>
        <translation>确定从登记中删除 %1 吗？仅用于误登记的记录；居民搬走请登记迁出。</translation>
    </message>
    <message>
        <source>The resident was not deleted.</source>
        <translation>居民未被删除。</translation>
    </message>
    <message>
        <source>Show ID and &amp;phone…</source>
        <translation>显示证件号和电话(&amp;P)…</translation>
    </message>
    <message>
        <source>Shows the full ID number and phone; the look is recorded in the audit trail</source>
        <translation>显示完整的身份证号和电话；查看行为记入操作日志</translation>
    </message>
    <message>
        <source>The resident cannot be edited.</source>
        <translation>无法编辑该居民。</translation>
    </message>
    <message>
        <source>The details cannot be shown.</source>
        <translation>无法显示详细信息。</translation>
    </message>
    <message>
        <source>%1&apos;s details</source>
        <translation>%1 的详细信息</translation>
    </message>
    <message>
        <source>ID number: %1
Mobile: %2</source>
        <translation>身份证号：%1
手机号：%2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>This look is recorded in the audit trail.</source>
        <translation>本次查看已记入操作日志。</translation>
    </message>
    <message>
        <source>Anon&amp;ymise…</source>
        <translation>匿名化(&amp;Y)…</translation>
    </message>
    <message>
        <source>Removes the resident&apos;s name, ID number and phone for good, on their request; the counts in the figures stay</source>
        <translation>应居民本人要求，永久删除其姓名、身份证号和电话；统计数字保持不变</translation>
    </message>
    <message>
        <source>Anonymise %1</source>
        <translation>匿名化 %1</translation>
    </message>
    <message>
        <source>Remove %1&apos;s name, ID number and phone for good?</source>
        <translation>永久删除 %1 的姓名、身份证号和电话？</translation>
    </message>
    <message>
        <source>The name goes also from the complaints, mediation cases and meetings they took part in. Gender, birth year, household and markers stay, so that the figures stay right. This cannot be undone.</source>
        <translation>其参与的诉求、调解案件和会议中的姓名也会一并删除。性别、出生年份、所在户和标记保留，以保证统计数字准确。此操作无法撤销。</translation>
    </message>
    <message>
        <source>The resident was not anonymised.</source>
        <translation>未能将该居民匿名化。</translation>
    </message>
    <message>
        <source>Change the chosen resident&apos;s details</source>
        <translation>修改所选居民的信息</translation>
    </message>
    <message>
        <source>Nobody lives here on record: Add resident… enters the first.</source>
        <translation>这户还没有登记居民：点“添加居民…”录入。</translation>
    </message>
    <message>
        <source>Nothing has happened in this household&apos;s file yet: moves, complaints, visits and wishes appear here as they are recorded.</source>
        <translation>这户的档案里还没有记录：迁入迁出、诉求、走访和心愿登记后都会显示在这里。</translation>
    </message>
</context>
<context>
    <name>linli::HouseholdMembersModel</name>
    <message>
        <source>Moved out %1</source>
        <translation>%1 迁出</translation>
    </message>
    <message>
        <source>Living here</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>linli::HouseholdRepository</name>
    <message>
        <source>Enter the room number of the household.</source>
        <translation>请输入住户的房号。</translation>
    </message>
    <message>
        <source>There is a household at %1 already.</source>
        <translation>%1 已有住户。</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>该住户已不存在。</translation>
    </message>
    <message>
        <source>%1 still has residents on record; remove them first.</source>
        <translation>%1 仍有居民记录，请先删除。</translation>
    </message>
</context>
<context>
    <name>linli::IdNumber</name>
    <message>
        <source>The ID number must have 18 characters; this one has %1.</source>
        <translation>身份证号应为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>The ID number may hold only digits, with X allowed as the last character.</source>
        <translation>身份证号只能包含数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The ID number does not hold a real birth date (characters 7 to 14).</source>
        <translation>身份证号中的出生日期（第 7 至 14 位）无效。</translation>
    </message>
    <message>
        <source>The birth date in the ID number lies in the future.</source>
        <translation>身份证号中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check character is wrong: a character was probably mistyped.</source>
        <translation>身份证号校验位不正确：可能有数字输错。</translation>
    </message>
</context>
<context>
    <name>linli::InspectionDialog</name>
    <message>
        <source>Corridor and fire escape clear</source>
        <translation>楼道和消防通道畅通</translation>
    </message>
    <message>
        <source>No clutter piled on the stairs</source>
        <translation>楼梯间无堆放杂物</translation>
    </message>
    <message>
        <source>Lighting working</source>
        <translation>照明正常</translation>
    </message>
    <message>
        <source>Bins emptied, rubbish sorted</source>
        <translation>垃圾清运及时、分类投放</translation>
    </message>
    <message>
        <source>Inspection of %1</source>
        <translation>%1 卫生检查</translation>
    </message>
    <message>
        <source>The neighbour head, group members, the grid worker</source>
        <translation>邻长、自治小组成员、网格员</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Inspectors:</source>
        <translation>检查人(&amp;I)：</translation>
    </message>
    <message>
        <source>Kept to the pact:</source>
        <translation>遵守公约情况：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Put right by:</source>
        <translation>整改期限(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>linli::ListExporter</name>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Include full ID numbers and phones?</source>
        <translation>是否包含完整的身份证号和电话？</translation>
    </message>
    <message>
        <source>Without them, they are masked as in the list. Either way the export is written to the audit trail.</source>
        <translation>不包含时按列表中的方式遮盖。无论哪种方式，导出都会记入操作日志。</translation>
    </message>
    <message>
        <source>The list was not exported.</source>
        <translation>名单未能导出。</translation>
    </message>
    <message>
        <source>The export was not written to the audit trail.</source>
        <translation>导出未能记入操作日志。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>What the list shows, to Excel (.xlsx) or CSV</source>
        <translation>将列表当前显示的内容导出为 Excel（.xlsx）或 CSV</translation>
    </message>
</context>
<context>
    <name>linli::LoginDialog</name>
    <message>
        <source>Log in to Linli</source>
        <translation>登录邻里</translation>
    </message>
    <message>
        <source>Linli</source>
        <translation>邻里</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo community: log in as admin, duty, mediator, grid or head with the password demo1234.</source>
        <translation>演示社区：可用 admin、duty、mediator、grid 或 head 登录，密码均为 demo1234。</translation>
    </message>
    <message>
        <source>An administrator was made at another desk a moment ago. Log in with the account they made, or ask them for one.</source>
        <translation>刚才另一台电脑已经创建了管理员。请用管理员为您创建的账号登录，或向管理员申请一个账号。</translation>
    </message>
</context>
<context>
    <name>linli::MainWindow</name>
    <message>
        <source>Registry</source>
        <translation>人口登记</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Find a resident</source>
        <translation>查找居民(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Linli</source>
        <translation>关于邻里(&amp;A)</translation>
    </message>
    <message>
        <source>Linli</source>
        <translation>邻里</translation>
    </message>
    <message>
        <source>%1 — Linli</source>
        <translation>%1 — 邻里</translation>
    </message>
    <message>
        <source> [DEMO DATA]</source>
        <translation> [演示数据]</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Linli databases (*.db)</source>
        <translation>邻里数据库 (*.db)</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>备份未完成。</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>About Linli</source>
        <translation>关于邻里</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linli %1&lt;/h3&gt;&lt;p&gt;The desktop program of a residents&apos; community office: the registry, complaints, mediation and building co-governance.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;邻里 %1&lt;/h3&gt;&lt;p&gt;社区居委会的桌面程序：人口登记、诉求受理、矛盾调解与楼栋共治。&lt;/p&gt;&lt;p&gt;自由软件，依据 GNU GPL 第 3 版或更高版本发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Duty desk</source>
        <translation>值班台</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>矛盾调解</translation>
    </message>
    <message>
        <source>Co-governance</source>
        <translation>楼栋共治</translation>
    </message>
    <message>
        <source>Working as %1 (%2) · %3</source>
        <translation>当前操作人：%1（%2） · %3</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>邻里互帮</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用手册(&amp;U)</translation>
    </message>
    <message>
        <source>The guide&apos;s chapter about this page</source>
        <translation>使用手册中介绍本页面的一章</translation>
    </message>
    <message>
        <source>Write a checked copy of the database to a file you choose</source>
        <translation>把数据库备份到您选择的文件，并检查备份</translation>
    </message>
    <message>
        <source>Close Linli; everything is saved as it is entered</source>
        <translation>关闭邻里；录入的内容都已随时保存</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>显示“%1”页面</translation>
    </message>
    <message>
        <source>Search the residents by name, pinyin, address, phone or ID number</source>
        <translation>按姓名、拼音、住址、电话或身份证号查找居民</translation>
    </message>
    <message>
        <source>Linli&apos;s version and licence</source>
        <translation>邻里的版本和许可证</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>社区：%1</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <source>The community this desk works in: its lists, figures and new records. The whole sub-district shows every community&apos;s records.</source>
        <translation>本机办公的社区：列表、数字和新登记的记录都属于它。选“整个街道”则显示所有社区的记录。</translation>
    </message>
    <message>
        <source>Whole sub-district</source>
        <translation>整个街道</translation>
    </message>
</context>
<context>
    <name>linli::MediationLabels</name>
    <message>
        <source>Marriage and family</source>
        <translation>婚姻家庭</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>邻里</translation>
    </message>
    <message>
        <source>Housing and land</source>
        <translation>房屋宅基地</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>损害赔偿</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物业</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>劳动争议</translation>
    </message>
    <message>
        <source>Pipes and septic</source>
        <translation>管道化粪池</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <source>Water leak</source>
        <translation>漏水</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>A party&apos;s application</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <source>The committee&apos;s own initiative</source>
        <translation>调委会主动调解</translation>
    </message>
    <message>
        <source>Handed over by the police</source>
        <translation>公安移送</translation>
    </message>
    <message>
        <source>Entrusted by a court</source>
        <translation>法院委托</translation>
    </message>
    <message>
        <source>Assigned by a government department</source>
        <translation>政府部门交办</translation>
    </message>
    <message>
        <source>Red: report at once</source>
        <translation>红色：立即上报</translation>
    </message>
    <message>
        <source>Orange: handle today</source>
        <translation>橙色：当日处置</translation>
    </message>
    <message>
        <source>Yellow: settle on the spot</source>
        <translation>黄色：就地化解</translation>
    </message>
    <message>
        <source>Mediation room</source>
        <translation>矛盾调解室</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Building council hall</source>
        <translation>楼栋议事厅</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Community cadre</source>
        <translation>社区干部</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>法官</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>检察官</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <source>Respected party elder</source>
        <translation>老党员</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Liaison unit</source>
        <translation>联点单位</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Start mediating</source>
        <translation>开始调解</translation>
    </message>
    <message>
        <source>Agreement reached…</source>
        <translation>达成协议…</translation>
    </message>
    <message>
        <source>No agreement…</source>
        <translation>未达成协议…</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>移送…</translation>
    </message>
    <message>
        <source>Follow-up visit…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Marriage disputes</source>
        <translation>婚姻纠纷</translation>
    </message>
    <message>
        <source>Family disputes</source>
        <translation>家庭纠纷</translation>
    </message>
    <message>
        <source>Neighbours&apos; disputes</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <source>Housing and homestead disputes</source>
        <translation>房屋宅基地纠纷</translation>
    </message>
    <message>
        <source>Contract disputes</source>
        <translation>合同纠纷</translation>
    </message>
    <message>
        <source>Production and business disputes</source>
        <translation>生产经营纠纷</translation>
    </message>
    <message>
        <source>Damages disputes</source>
        <translation>损害赔偿纠纷</translation>
    </message>
    <message>
        <source>Labour disputes</source>
        <translation>劳动争议纠纷</translation>
    </message>
    <message>
        <source>Land and forest disputes</source>
        <translation>山林土地纠纷</translation>
    </message>
    <message>
        <source>Land requisition and demolition disputes</source>
        <translation>征地拆迁纠纷</translation>
    </message>
    <message>
        <source>Environmental pollution disputes</source>
        <translation>环境污染纠纷</translation>
    </message>
    <message>
        <source>Road accident disputes</source>
        <translation>道路交通事故纠纷</translation>
    </message>
    <message>
        <source>Medical disputes</source>
        <translation>医疗纠纷</translation>
    </message>
    <message>
        <source>Property management disputes</source>
        <translation>物业纠纷</translation>
    </message>
    <message>
        <source>Other disputes</source>
        <translation>其他纠纷</translation>
    </message>
</context>
<context>
    <name>linli::MediationPage</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Open cases only</source>
        <translation>只看未结案件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Schedule a session…</source>
        <translation>安排调解(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Extend the limit…</source>
        <translation>延长期限(&amp;E)…</translation>
    </message>
    <message>
        <source>Print the &amp;agreement…</source>
        <translation>打印调解协议书(&amp;A)…</translation>
    </message>
    <message>
        <source>Cost-sharing &amp;sheet…</source>
        <translation>费用分摊表(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>改期(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Cancel the session…</source>
        <translation>取消调解(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Accept a dispute…</source>
        <translation>受理纠纷(&amp;A)…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周历</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>全部调解安排</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Mediator: %1</source>
        <translation>调解员：%1</translation>
    </message>
    <message>
        <source>The cases could not be listed.</source>
        <translation>无法列出案件。</translation>
    </message>
    <message>
        <source>Choose a case above.</source>
        <translation>请在上方选择案件。</translation>
    </message>
    <message>
        <source>%1 — past its limit of %2</source>
        <translation>%1 — 已超过期限 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>纠纷事实</translation>
    </message>
    <message>
        <source>Focus of the dispute</source>
        <translation>矛盾焦点</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>主持调解员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>调解小组</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>The week could not be shown.</source>
        <translation>无法显示周历。</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n session(s)</source>
        <translation>
            <numerusform>%1 至 %2：%n 场调解</numerusform>
        </translation>
    </message>
    <message>
        <source>Was the agreement carried out?</source>
        <translation>协议是否已履行？</translation>
    </message>
    <message>
        <source>Notes of the visit:</source>
        <translation>回访情况：</translation>
    </message>
    <message>
        <source>The follow-up was not recorded.</source>
        <translation>回访未能记录。</translation>
    </message>
    <message>
        <source>What was decided, for the case file:</source>
        <translation>处理结果（记入卷宗）：</translation>
    </message>
    <message>
        <source>The case did not move on.</source>
        <translation>案件状态未能变更。</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>How both parties consented</source>
        <translation>双方当事人同意的方式</translation>
    </message>
    <message>
        <source>New limit:</source>
        <translation>新期限：</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>当事人同意：</translation>
    </message>
    <message>
        <source>The limit was not extended.</source>
        <translation>期限未能延长。</translation>
    </message>
    <message>
        <source>The agreement cannot be printed.</source>
        <translation>无法打印调解协议书。</translation>
    </message>
    <message>
        <source>There is no agreement yet.</source>
        <translation>尚无调解协议。</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>调解协议书 %1</translation>
    </message>
    <message>
        <source>The cost-sharing sheet cannot be printed.</source>
        <translation>无法打印费用分摊表。</translation>
    </message>
    <message>
        <source>The case shares no costs.</source>
        <translation>该案件没有费用分摊。</translation>
    </message>
    <message>
        <source>Cost sharing %1</source>
        <translation>费用分摊 %1</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>取消调解</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>取消原因：</translation>
    </message>
    <message>
        <source>The session was not cancelled.</source>
        <translation>调解安排未能取消。</translation>
    </message>
    <message>
        <source>S&amp;hare a cost…</source>
        <translation>费用分摊(&amp;H)…</translation>
    </message>
    <message>
        <source>Split a repair across the households of the stairwell unit</source>
        <translation>将维修费用分摊到本单元各户</translation>
    </message>
    <message>
        <source>The &amp;team…</source>
        <translation>调解队伍(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the &amp;record…</source>
        <translation>填写笔录(&amp;R)…</translation>
    </message>
    <message>
        <source>The record of the session (调解笔录) and its result</source>
        <translation>调解笔录及调解结果</translation>
    </message>
    <message>
        <source>Record of the session — %1</source>
        <translation>调解笔录 — %1</translation>
    </message>
    <message>
        <source>Time, place, matter, who took part; what each party said; how the mediators explained the law and policy; what was agreed.</source>
        <translation>时间、地点、事由、参加人员；各方当事人陈述；调解员释法说理情况；达成的意见。</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>笔录：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>This year: %1 cases accepted, %2 concluded, agreement rate %3%, %4 yuan of repair costs shared, median %5 days from acceptance to closing.</source>
        <translation>今年：受理 %1 件，办结 %2 件，调解成功率 %3%，分摊维修费用 %4 元，从受理到结案中位数 %5 天。</translation>
    </message>
    <message>
        <source>&amp;Payments…</source>
        <translation>缴费登记(&amp;P)…</translation>
    </message>
    <message>
        <source>Which households have paid their share</source>
        <translation>登记各户是否已缴纳分摊费用</translation>
    </message>
    <message>
        <source>Replace the &amp;lead…</source>
        <translation>更换主持调解员(&amp;L)…</translation>
    </message>
    <message>
        <source>A party asked for another mediator to lead the case</source>
        <translation>当事人申请更换主持调解员</translation>
    </message>
    <message>
        <source>Payments — %1</source>
        <translation>缴费登记 — %1</translation>
    </message>
    <message>
        <source>%1 — %2 yuan</source>
        <translation>%1 — %2 元</translation>
    </message>
    <message>
        <source>The payment was not recorded.</source>
        <translation>缴费未能登记。</translation>
    </message>
    <message>
        <source>Tick the households that have paid:</source>
        <translation>勾选已缴费的住户：</translation>
    </message>
    <message>
        <source>Replace the lead mediator — %1</source>
        <translation>更换主持调解员 — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Who asked, and why</source>
        <translation>申请人及理由</translation>
    </message>
    <message>
        <source>New lead:</source>
        <translation>新的主持调解员：</translation>
    </message>
    <message>
        <source>The request:</source>
        <translation>申请：</translation>
    </message>
    <message>
        <source>Monthly &amp;statistics…</source>
        <translation>统计月报(&amp;S)…</translation>
    </message>
    <message>
        <source>The month&apos;s people&apos;s-mediation statistics (统计月报表), to print</source>
        <translation>打印本月人民调解工作统计月报表</translation>
    </message>
    <message>
        <source>Monthly statistics</source>
        <translation>统计月报</translation>
    </message>
    <message>
        <source>The statistics cannot be printed.</source>
        <translation>无法打印统计月报。</translation>
    </message>
    <message>
        <source>Mediation statistics %1</source>
        <translation>调解统计 %1</translation>
    </message>
    <message>
        <source>Case &amp;file…</source>
        <translation>卷宗(&amp;F)…</translation>
    </message>
    <message>
        <source>The papers of the case file (卷宗): what is ready, what is missing, printed one by one or bound</source>
        <translation>卷宗文书：哪些已完成、哪些尚缺，可逐份打印或整卷装订打印</translation>
    </message>
    <message>
        <source>The case was not changed.</source>
        <translation>案件未能修改。</translation>
    </message>
    <message>
        <source>The session was not moved.</source>
        <translation>调解会未能改期。</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>齐全</translation>
    </message>
    <message>
        <source>%1 of %2 papers ready</source>
        <translation>%2 份文书已完成 %1 份</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>No sessions today · this week: %1</source>
        <translation>今日无调解 · 本周 %1 场</translation>
    </message>
    <message>
        <source>Today: %1 · this week: %2</source>
        <translation>今日：%1 · 本周 %2 场</translation>
    </message>
    <message>
        <source>Today&apos;s and this week&apos;s sessions; the Week tab shows them all</source>
        <translation>今日和本周的调解安排；“周历”页显示全部</translation>
    </message>
    <message>
        <source>Export the cases</source>
        <translation>导出调解案件</translation>
    </message>
    <message>
        <source>No cases here. Accept a dispute… opens the first; a complaint sent to mediation opens one from the complaint.</source>
        <translation>这里没有案件。点“受理纠纷…”受理第一件；转入调解的诉求也会在诉求中生成案件。</translation>
    </message>
    <message>
        <source>No sessions for this case yet: Schedule a session… books the first.</source>
        <translation>这个案件还没有安排调解：点“安排调解…”。</translation>
    </message>
    <message>
        <source>Book a mediation session for the chosen case; clashes are refused</source>
        <translation>为所选案件安排调解；时间冲突会被拒绝</translation>
    </message>
    <message>
        <source>Give the chosen case more time, with the reason</source>
        <translation>延长所选案件的调解期限并说明理由</translation>
    </message>
    <message>
        <source>Print the mediation agreement (人民调解协议书) for the parties to sign</source>
        <translation>打印人民调解协议书，供双方签字</translation>
    </message>
    <message>
        <source>Print the sheets that share a repair&apos;s cost among households</source>
        <translation>打印维修费用在各户之间的分摊表</translation>
    </message>
    <message>
        <source>Accept a new dispute for mediation: the parties, the facts, the mediators</source>
        <translation>受理新的纠纷：当事人、事实和调解员</translation>
    </message>
    <message>
        <source>The mediators: staff and outside mediators, their specialities</source>
        <translation>调解员：社区工作人员和外聘调解员及其专长</translation>
    </message>
    <message>
        <source>The week before</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Back to this week</source>
        <translation>回到本周</translation>
    </message>
    <message>
        <source>The week after</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>Move the chosen session to another time or room</source>
        <translation>把所选调解改到别的时间或地点</translation>
    </message>
    <message>
        <source>Cancel the chosen session, with the reason</source>
        <translation>取消所选调解并说明理由</translation>
    </message>
    <message numerus="yes">
        <source>All %n sheet(s)</source>
        <translation>
            <numerusform>全部 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 — %3 yuan</source>
        <translation>%1. %2 — %3 元</translation>
    </message>
    <message numerus="yes">
        <source>The case shares %n cost(s). Which one?</source>
        <translation>
            <numerusform>本案共有 %n 项费用分摊，选择哪一项？</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>缴费登记</translation>
    </message>
    <message>
        <source>Cost-sharing sheet</source>
        <translation>费用分摊表</translation>
    </message>
    <message>
        <source>&amp;Void a share…</source>
        <translation>作废分摊(&amp;V)…</translation>
    </message>
    <message>
        <source>Void a cost share agreed in error, saying why: it stays on the case&apos;s record</source>
        <translation>作废一项误定的费用分摊并写明原因：记录仍保留在案卷中</translation>
    </message>
    <message>
        <source>Void a share</source>
        <translation>作废分摊</translation>
    </message>
    <message>
        <source>e.g. entered twice; the repair was paid by the company</source>
        <translation>例如：重复录入；维修费已由物业公司承担</translation>
    </message>
    <message>
        <source>Void the share — %1</source>
        <translation>作废分摊 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 yuan over %n household(s). Payments recorded stay on record; the share is no longer paid or printed.</source>
        <translation>
            <numerusform>%1 元由 %n 户分摊。已登记的缴费仍保留在记录中；该分摊不再缴费，也不再打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Scree&amp;ning log…</source>
        <translation>纠纷排查登记(&amp;N)…</translation>
    </message>
    <message>
        <source>Rounds of screening for disputes (矛盾纠纷排查) and the disputes headed off, which the statistics count</source>
        <translation>矛盾纠纷排查记录及预防的纠纷，计入统计</translation>
    </message>
    <message>
        <source>Mediation kept this dispute from:</source>
        <translation>经调解防止了：</translation>
    </message>
    <message>
        <source>a &amp;criminal case</source>
        <translation>民转刑案件(&amp;C)</translation>
    </message>
    <message>
        <source>The dispute would have turned into a criminal case (防止民转刑)</source>
        <translation>纠纷本可能转化为刑事案件（防止民转刑）</translation>
    </message>
    <message>
        <source>a suicide</source>
        <translation>自杀</translation>
    </message>
    <message>
        <source>A party was at risk of taking their own life (防止民间纠纷引起自杀)</source>
        <translation>当事人曾有自杀风险（防止民间纠纷引起自杀）</translation>
    </message>
    <message>
        <source>a group petition</source>
        <translation>群体性上访</translation>
    </message>
    <message>
        <source>Many households would have petitioned together (防止群体性上访)</source>
        <translation>多户居民本可能集体上访（防止群体性上访）</translation>
    </message>
    <message>
        <source>a group fight</source>
        <translation>群体性械斗</translation>
    </message>
    <message>
        <source>Groups would have come to blows (防止群体性械斗)</source>
        <translation>双方群体本可能发生械斗（防止群体性械斗）</translation>
    </message>
    <message>
        <source>Agreement &amp;details…</source>
        <translation>协议详情(&amp;D)…</translation>
    </message>
    <message>
        <source>The agreement&apos;s terms, the money it settles and, once a court has confirmed it, the court&apos;s confirmation (司法确认)</source>
        <translation>协议条款、涉及金额，以及经法院确认后的司法确认情况</translation>
    </message>
    <message>
        <source>Counted in the statistics in the month the case concludes</source>
        <translation>在案件调结的月份计入统计</translation>
    </message>
</context>
<context>
    <name>linli::MediationRepository</name>
    <message>
        <source>The mediator no longer exists.</source>
        <translation>该调解员已不存在。</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>the session of %1 at %2</source>
        <translation>%1 于 %2 的调解</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>该调解安排已不存在。</translation>
    </message>
    <message>
        <source>Enter the mediator&apos;s name.</source>
        <translation>请输入调解员姓名。</translation>
    </message>
    <message>
        <source>The case number prefix must have 1 to 10 characters, e.g. 红调字.</source>
        <translation>案件编号字号须为 1 至 10 个字，例如：红调字。</translation>
    </message>
</context>
<context>
    <name>linli::MediationService</name>
    <message>
        <source>%1 is a party to this dispute and cannot mediate it.</source>
        <translation>%1 是本纠纷的当事人，不能担任调解员。</translation>
    </message>
    <message>
        <source>%1 lives in the household of %2, a party, and must stand aside.</source>
        <translation>%1 与当事人 %2 同户，应当回避。</translation>
    </message>
    <message>
        <source>Every party needs a name.</source>
        <translation>每位当事人都须填写姓名或名称。</translation>
    </message>
    <message>
        <source>A dispute needs at least one applicant and one respondent.</source>
        <translation>纠纷须至少有一名申请人和一名被申请人。</translation>
    </message>
    <message>
        <source>Choose the lead mediator.</source>
        <translation>请选择主持调解员。</translation>
    </message>
    <message>
        <source>A case cannot be accepted in the future.</source>
        <translation>受理日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Note why: it goes into the case file.</source>
        <translation>请注明原因，将记入卷宗。</translation>
    </message>
    <message>
        <source>Only an open case has a time limit to extend.</source>
        <translation>只有未结案件才能延长期限。</translation>
    </message>
    <message>
        <source>Continuing past the limit needs both parties&apos; consent: record it.</source>
        <translation>超过期限继续调解须经双方当事人同意，请记录。</translation>
    </message>
    <message>
        <source>The new limit must be later than the current one.</source>
        <translation>新期限须晚于当前期限。</translation>
    </message>
    <message>
        <source>Record the party&apos;s request to replace the mediator.</source>
        <translation>请记录当事人要求更换调解员的申请。</translation>
    </message>
    <message>
        <source>Choose another mediator to lead the case.</source>
        <translation>请选择另一位调解员主持调解。</translation>
    </message>
    <message>
        <source>%1 is booked already for %2.</source>
        <translation>%1 已安排参加%2。</translation>
    </message>
    <message>
        <source>A mediator</source>
        <translation>一位调解员</translation>
    </message>
    <message>
        <source>A party is expected already at %1.</source>
        <translation>当事人已安排参加%1。</translation>
    </message>
    <message>
        <source>The venue is taken by %1.</source>
        <translation>该地点已被%1占用。</translation>
    </message>
    <message>
        <source>A session must end after it starts.</source>
        <translation>调解的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Choose at least one mediator for the session.</source>
        <translation>请至少选择一位调解员参加。</translation>
    </message>
    <message>
        <source>The session is cancelled already.</source>
        <translation>该调解已经取消。</translation>
    </message>
    <message>
        <source>Write the record of the session.</source>
        <translation>请填写调解笔录。</translation>
    </message>
    <message>
        <source>An agreement is written while mediating or once it is reached.</source>
        <translation>只有在调解中或达成协议后才能填写调解协议。</translation>
    </message>
    <message>
        <source>An agreement needs at least one term.</source>
        <translation>调解协议须至少有一项条款。</translation>
    </message>
    <message>
        <source>Say what the cost is for.</source>
        <translation>请说明费用用途。</translation>
    </message>
    <message>
        <source>Give every household a weight, or none.</source>
        <translation>请为每户都填写比例，或全部不填。</translation>
    </message>
    <message>
        <source>A follow-up visit cannot lie in the future.</source>
        <translation>回访日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Agreement carried out. %1</source>
        <translation>协议已履行。%1</translation>
    </message>
    <message>
        <source>Agreement not carried out. %1</source>
        <translation>协议未履行。%1</translation>
    </message>
    <message>
        <source>The parties are told their rights between the day the case is accepted and today.</source>
        <translation>告知权利义务的日期应在受理之日与今天之间。</translation>
    </message>
    <message>
        <source>The case file is not complete:
%1</source>
        <translation>卷宗不齐全：
%1</translation>
    </message>
    <message>
        <source>The case is closed; its file can no longer change.</source>
        <translation>案件已结案，卷宗不能再修改。</translation>
    </message>
    <message>
        <source>The parties cannot be told their rights in the future.</source>
        <translation>告知日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The notice is given on or after the day the case was accepted (%1).</source>
        <translation>告知日期不能早于受理之日（%1）。</translation>
    </message>
    <message>
        <source>Sessions are booked only while the case is open; until it closes, a session already held can still be put on file.</source>
        <translation>只有在办案件才能安排调解会；结案前，已经举行的调解会仍可补录入卷。</translation>
    </message>
    <message>
        <source>A cost is shared while the parties mediate or once they have agreed: this case is %1.</source>
        <translation>调解中或已达成协议的案件才能分摊费用：本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>%1 is expected already at %2.</source>
        <translation>%1 已约在 %2。</translation>
    </message>
    <message>
        <source>Enter the cost: more than 0.00 yuan.</source>
        <translation>请填写费用：须大于 0.00 元。</translation>
    </message>
    <message>
        <source>%1 voided this share on %2: %3</source>
        <translation>%1 已于 %2 作废该分摊：%3</translation>
    </message>
    <message>
        <source>Say why the share is voided: it stays on the case&apos;s record.</source>
        <translation>请写明作废原因：该分摊仍留在案卷记录中。</translation>
    </message>
    <message>
        <source>%1 voided this share on %2 already.</source>
        <translation>%1 已于 %2 作废该分摊。</translation>
    </message>
    <message>
        <source>The amount the agreement settles cannot be below 0.00.</source>
        <translation>协议涉及金额不能小于 0.00。</translation>
    </message>
    <message>
        <source>A court confirms an agreement after it is signed: %1 is before %2.</source>
        <translation>法院在协议签订之后才能确认：%1 早于 %2。</translation>
    </message>
    <message>
        <source>The court&apos;s confirmation is recorded once it is given: %1 is still to come.</source>
        <translation>司法确认须在法院作出后登记：%1 尚未到来。</translation>
    </message>
    <message>
        <source>Say which court confirmed the agreement.</source>
        <translation>请填写作出确认的法院。</translation>
    </message>
    <message>
        <source>The agreement cannot be signed before the case was accepted on %1.</source>
        <translation>协议的签订日期不能早于案件受理日期 %1。</translation>
    </message>
    <message>
        <source>An agreement is put on file once it is signed: %1 is still to come.</source>
        <translation>协议须在签订后登记：%1 尚未到来。</translation>
    </message>
</context>
<context>
    <name>linli::MeetingDialog</name>
    <message>
        <source>Call a meeting of %1</source>
        <translation>召集 %1 楼栋议事会</translation>
    </message>
    <message>
        <source>The neighbour head, usually</source>
        <translation>一般为邻长</translation>
    </message>
    <message>
        <source>Other items, one a line</source>
        <translation>其他议程，每行一项</translation>
    </message>
    <message>
        <source>(not fixed yet)</source>
        <translation>（待定）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Called by:</source>
        <translation>召集人(&amp;C)：</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>议题(&amp;O)：</translation>
    </message>
    <message>
        <source>Open opinions:</source>
        <translation>待处理的意见建议：</translation>
    </message>
    <message>
        <source>Other &amp;items:</source>
        <translation>其他议程(&amp;I)：</translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation>诉求 %1：%2</translation>
    </message>
    <message>
        <source>Open complaints:</source>
        <translation>未办结的诉求：</translation>
    </message>
</context>
<context>
    <name>linli::MeetingRepository</name>
    <message>
        <source>The opinion no longer exists.</source>
        <translation>该意见建议已不存在。</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>该议事会已不存在。</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>该决议已不存在。</translation>
    </message>
    <message>
        <source>The action no longer exists.</source>
        <translation>该落实事项已不存在。</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>该议事场所已不存在。</translation>
    </message>
</context>
<context>
    <name>linli::MeetingService</name>
    <message>
        <source>Choose the compound the venue serves.</source>
        <translation>请选择议事场所所属的小区。</translation>
    </message>
    <message>
        <source>Name the venue.</source>
        <translation>请填写议事场所名称。</translation>
    </message>
    <message>
        <source>An online council group is run by someone: name the grid worker or neighbour head.</source>
        <translation>网上议事群须有人负责：请填写网格员或邻长。</translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation>容纳人数不能为负数。</translation>
    </message>
    <message>
        <source>Write down what the resident said.</source>
        <translation>请记下居民提出的内容。</translation>
    </message>
    <message>
        <source>Say who raised it.</source>
        <translation>请填写提出人。</translation>
    </message>
    <message>
        <source>An opinion cannot be raised in the future.</source>
        <translation>提出日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Set the day and time of the meeting.</source>
        <translation>请设定议事会的日期和时间。</translation>
    </message>
    <message>
        <source>Say who calls the meeting.</source>
        <translation>请填写召集人。</translation>
    </message>
    <message>
        <source>A meeting needs at least one item on its agenda.</source>
        <translation>议事会至少要有一项议程。</translation>
    </message>
    <message>
        <source>%1 does not live in the building: their household cannot be counted.</source>
        <translation>%1 不住在本楼栋，不能计入到会户数。</translation>
    </message>
    <message>
        <source>The opinion &quot;%1&quot; is about another building.</source>
        <translation>意见“%1”属于其他楼栋。</translation>
    </message>
    <message>
        <source>Every attendee needs a name.</source>
        <translation>每位到会人员都须填写姓名。</translation>
    </message>
    <message>
        <source>Only households present at the meeting vote.</source>
        <translation>只有到会的住户才能参加表决。</translation>
    </message>
    <message>
        <source>A household has one vote.</source>
        <translation>每户只有一票。</translation>
    </message>
    <message>
        <source>Record the votes, or record the decision as agreed by all.</source>
        <translation>请登记各户表决，或登记为与会各户一致同意。</translation>
    </message>
    <message>
        <source>Write down what was decided.</source>
        <translation>请填写决议内容。</translation>
    </message>
    <message>
        <source>Decisions are recorded once the meeting is held.</source>
        <translation>议事会召开后才能登记决议。</translation>
    </message>
    <message>
        <source>The item is not on this meeting&apos;s agenda.</source>
        <translation>该事项不在本次会议议程中。</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>该决议已不存在。</translation>
    </message>
    <message>
        <source>An action needs what is to be done, who does it and by when.</source>
        <translation>落实事项须写明事项、责任人和完成时限。</translation>
    </message>
    <message>
        <source>An action is done today or on a day gone by.</source>
        <translation>完成日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The meeting has no decisions to post.</source>
        <translation>本次会议没有可公示的决议。</translation>
    </message>
    <message>
        <source>The notice is posted on or after the day of the meeting.</source>
        <translation>公示日期不能早于会议日期。</translation>
    </message>
    <message>
        <source>Objections are taken for 1 to 60 days.</source>
        <translation>异议期为 1 至 60 天。</translation>
    </message>
</context>
<context>
    <name>linli::MobilePhone</name>
    <message>
        <source>The mobile number may hold only digits.</source>
        <translation>手机号只能包含数字。</translation>
    </message>
    <message>
        <source>The mobile number must have 11 digits; this one has %1.</source>
        <translation>手机号应为 11 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 13 to 19.</source>
        <translation>大陆手机号以 13 至 19 开头。</translation>
    </message>
</context>
<context>
    <name>linli::MonthChooser</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>linli::OfficeSettingsService</name>
    <message>
        <source>Give the backup folder as a full path, e.g. /home/office/linli-backups or a USB drive&apos;s folder.</source>
        <translation>请填写备份文件夹的完整路径，例如 /home/office/linli-backups 或 U 盘上的文件夹。</translation>
    </message>
    <message>
        <source>Linli cannot write to %1; choose a folder it may write to.</source>
        <translation>邻里无法写入 %1；请选择可以写入的文件夹。</translation>
    </message>
    <message>
        <source>Keep the data of residents who moved out for 6 to 120 months, or 0 to keep it for ever.</source>
        <translation>迁出居民的信息保存期限应为 6 至 120 个月，填 0 表示永久保存。</translation>
    </message>
    <message>
        <source>The office phone should be a number residents can dial, e.g. 0731-58581234.</source>
        <translation>办公电话应是居民能拨打的号码，例如 0731-58581234。</translation>
    </message>
</context>
<context>
    <name>linli::OfficialCategoriesWidget</name>
    <message>
        <source>The monthly statistics form (人民调解工作统计表) counts disputes under the judicial office&apos;s categories. Choose where each of the office&apos;s own case types is counted.</source>
        <translation>人民调解工作统计表按司法所规定的类别统计纠纷。请为本会自己的每种案件类型选择归入的类别。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>&amp;Save the categories</source>
        <translation>保存类别(&amp;S)</translation>
    </message>
    <message>
        <source>The statistics categories could not be read.</source>
        <translation>无法读取统计类别。</translation>
    </message>
    <message>
        <source>The categories were not saved.</source>
        <translation>类别未保存。</translation>
    </message>
    <message>
        <source>Saved. The next statistics form counts the case types this way.</source>
        <translation>已保存。下一次打印的统计表将按此归类。</translation>
    </message>
    <message>
        <source>Count the case types under these categories from the next form on</source>
        <translation>从下一张统计表起，按这些类别统计各类案件</translation>
    </message>
</context>
<context>
    <name>linli::PactDialog</name>
    <message>
        <source>No rota</source>
        <translation>不排值日表</translation>
    </message>
    <message>
        <source>By floor: one floor a week</source>
        <translation>按楼层：每周一层</translation>
    </message>
    <message>
        <source>By household: one household of each unit a week</source>
        <translation>按住户：每单元每周一户</translation>
    </message>
    <message>
        <source>The pact in force (version %1)</source>
        <translation>现行公约（第 %1 版）</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>模板：%1</translation>
    </message>
    <message>
        <source>Revise the pact of %1</source>
        <translation>修订 %1 的公约</translation>
    </message>
    <message>
        <source>Adopt a pact for %1</source>
        <translation>为 %1 通过公约</translation>
    </message>
    <message>
        <source>One clause a paragraph. These fill themselves in when printed: {社区} community, {小区} compound, {楼栋} building, {邻长} neighbour head, {日期} the day adopted.</source>
        <translation>每段一条。打印时自动填写：{社区} 社区，{小区} 小区，{楼栋} 楼栋，{邻长} 邻长，{日期} 通过日期。</translation>
    </message>
    <message>
        <source>from the week of</source>
        <translation>开始于所在周</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>依据(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Clauses:</source>
        <translation>条款(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>通过日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Cleaning &amp;rota:</source>
        <translation>值日表(&amp;R)：</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>(not adopted at a recorded meeting)</source>
        <translation>（未在登记的议事会上通过）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Adopted &amp;by:</source>
        <translation>表决依据(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>linli::PactText</name>
    <message>
        <source>Clause %1 has an unknown placeholder %2; the known ones are %3.</source>
        <translation>第 %1 条含有无法识别的占位符 %2；可用的占位符有 %3。</translation>
    </message>
    <message>
        <source>Clause %1 names the neighbour head ({邻长}), but %2 has none: appoint one in the registry, or take the placeholder out of the clause.</source>
        <translation>第 %1 条提到邻长（{邻长}），但 %2 尚无邻长：请在人口登记中任命，或从条款中删去该占位符。</translation>
    </message>
    <message>
        <source>Clause %1 needs a value for %2, which is not known.</source>
        <translation>第 %1 条需要 %2 的值，但该值未知。</translation>
    </message>
    <message>
        <source>The title has an unknown placeholder %1; the known ones are %2.</source>
        <translation>标题中有未知的占位符 %1；可用的占位符是 %2。</translation>
    </message>
    <message>
        <source>The title names the neighbour head ({邻长}), but %1 has none: appoint one in the registry, or take the placeholder out of the title.</source>
        <translation>标题中写了邻长（{邻长}），但%1目前没有邻长：请先在人口登记中任命一位，或把这个占位符从标题中去掉。</translation>
    </message>
    <message>
        <source>The title needs a value that is not known: %1</source>
        <translation>标题需要一个尚不知道的值：%1</translation>
    </message>
</context>
<context>
    <name>linli::PasswordHasher</name>
    <message>
        <source>The password library could not start.</source>
        <translation>密码组件无法启动。</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 位。</translation>
    </message>
</context>
<context>
    <name>linli::PeopleRepository</name>
    <message>
        <source>The grid no longer exists.</source>
        <translation>该网格已不存在。</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>请输入工作人员姓名。</translation>
    </message>
    <message>
        <source>Enter the grid&apos;s name.</source>
        <translation>请输入网格名称。</translation>
    </message>
    <message>
        <source>Enter the date the neighbour head&apos;s term starts.</source>
        <translation>请输入邻长任期开始日期。</translation>
    </message>
    <message>
        <source>A term cannot end before it starts.</source>
        <translation>任期结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Choose at least one building the neighbour head serves.</source>
        <translation>请至少选择一栋邻长负责的楼栋。</translation>
    </message>
    <message>
        <source>The resident is in this building&apos;s group already.</source>
        <translation>该居民已是本楼栋小组成员。</translation>
    </message>
    <message>
        <source>The neighbour head no longer exists.</source>
        <translation>该邻长已不存在。</translation>
    </message>
    <message>
        <source>The group member no longer exists.</source>
        <translation>该小组成员已不存在。</translation>
    </message>
</context>
<context>
    <name>linli::Permissions</name>
    <message>
        <source>%1 works as %2, who may not %3. Ask an administrator.</source>
        <translation>%1 的角色是%2，无权%3。请联系管理员。</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>duty staff</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>office head (read only)</source>
        <translation>主任（只读）</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>管理工作人员账号</translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation>修改社区设置</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>备份或恢复数据库</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>change the registry</source>
        <translation>修改人口登记</translation>
    </message>
    <message>
        <source>see full ID numbers and phone numbers</source>
        <translation>查看完整的身份证号和电话号码</translation>
    </message>
    <message>
        <source>log or handle complaints</source>
        <translation>登记或办理诉求</translation>
    </message>
    <message>
        <source>change the duty roster</source>
        <translation>修改值班表</translation>
    </message>
    <message>
        <source>see mediation cases</source>
        <translation>查看调解案件</translation>
    </message>
    <message>
        <source>work on mediation cases</source>
        <translation>办理调解案件</translation>
    </message>
    <message>
        <source>record building pacts, meetings and inspections</source>
        <translation>登记楼栋公约、议事会和卫生检查</translation>
    </message>
    <message>
        <source>anonymise residents</source>
        <translation>将居民匿名化</translation>
    </message>
    <message>
        <source>record wishes, elder care and the mutual-aid station</source>
        <translation>登记心愿、关爱老人和邻里互助站</translation>
    </message>
    <message>
        <source>export lists of residents</source>
        <translation>导出居民名单</translation>
    </message>
    <message>
        <source>import a roster of residents</source>
        <translation>导入居民花名册</translation>
    </message>
</context>
<context>
    <name>linli::PhoneNumber</name>
    <message>
        <source>A landline is written with its area code, as 0731-84561234; %1 is not.</source>
        <translation>固定电话须带区号，如 0731-84561234；%1 不符合。</translation>
    </message>
</context>
<context>
    <name>linli::PlaceDetailsWidget</name>
    <message>
        <source>Choose a compound, building, stairwell unit or household on the left.</source>
        <translation>请在左侧选择小区、楼栋、单元或住户。</translation>
    </message>
    <message>
        <source>The community could not be read.</source>
        <translation>无法读取社区信息。</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小区数</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>No grid worker</source>
        <translation>未配网格员</translation>
    </message>
    <message>
        <source>The compound could not be read.</source>
        <translation>无法读取小区信息。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>The building could not be read.</source>
        <translation>无法读取楼栋信息。</translation>
    </message>
    <message>
        <source>Stairwell units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>%1, grid worker %2</source>
        <translation>%1，网格员 %2</translation>
    </message>
    <message>
        <source>The stairwell unit could not be read.</source>
        <translation>无法读取单元信息。</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Households of one stairwell unit share pipes and septic tanks, and share their repair costs.</source>
        <translation>同一单元的住户共用管道和化粪池，维修费用由各户分摊。</translation>
    </message>
    <message>
        <source>The registry is empty. Start with New community in the toolbar, then add its compounds, buildings, units and households.</source>
        <translation>登记为空。请先点击工具栏中的“新建社区”，再依次添加小区、楼栋、单元和住户。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Elders living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Not visited in time</source>
        <translation>未按时走访</translation>
    </message>
</context>
<context>
    <name>linli::PlaceRepository</name>
    <message>
        <source>The community no longer exists.</source>
        <translation>该社区已不存在。</translation>
    </message>
    <message>
        <source>The compound no longer exists.</source>
        <translation>该小区已不存在。</translation>
    </message>
    <message>
        <source>The building no longer exists.</source>
        <translation>该楼栋已不存在。</translation>
    </message>
    <message>
        <source>The stairwell unit no longer exists.</source>
        <translation>该单元已不存在。</translation>
    </message>
    <message>
        <source>The community has a compound named %1 already.</source>
        <translation>本社区已有名为 %1 的小区。</translation>
    </message>
    <message>
        <source>The compound has a building named %1 already.</source>
        <translation>本小区已有名为 %1 的楼栋。</translation>
    </message>
    <message>
        <source>The building has a stairwell unit named %1 already.</source>
        <translation>本楼栋已有名为 %1 的单元。</translation>
    </message>
    <message>
        <source>%1 still has buildings; remove them first.</source>
        <translation>%1 下仍有楼栋，请先删除。</translation>
    </message>
    <message>
        <source>%1 still has stairwell units; remove them first.</source>
        <translation>%1 下仍有单元，请先删除。</translation>
    </message>
    <message>
        <source>%1 still has households; remove them first.</source>
        <translation>%1 下仍有住户，请先删除。</translation>
    </message>
</context>
<context>
    <name>linli::PrintedDocument</name>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written; check the folder and free disk space.</source>
        <translation>无法写入 PDF %1；请检查文件夹和磁盘剩余空间。</translation>
    </message>
</context>
<context>
    <name>linli::PrivateFile</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be made private to you: %2</source>
        <translation>无法将 %1 设为仅本人可读：%2</translation>
    </message>
</context>
<context>
    <name>linli::RegistryLabels</name>
    <message>
        <source>New-built</source>
        <translation>新建小区</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>老旧小区</translation>
    </message>
    <message>
        <source>Resettlement</source>
        <translation>安置小区</translation>
    </message>
    <message>
        <source>Work-unit self-built</source>
        <translation>单位自建</translation>
    </message>
    <message>
        <source>Scattered</source>
        <translation>零散楼栋</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙辈</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Community cadre</source>
        <translation>社区干部</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Duty staff</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>其他工作人员</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>组员</translation>
    </message>
    <message>
        <source>Resident representative</source>
        <translation>居民代表</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Low-income</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>linli::RegistryPage</name>
    <message>
        <source>New compound…</source>
        <translation>新建小区…</translation>
    </message>
    <message>
        <source>New building…</source>
        <translation>新建楼栋…</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>新建单元…</translation>
    </message>
    <message>
        <source>New household…</source>
        <translation>新建住户…</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>新建居民…</translation>
    </message>
    <message>
        <source>Register a new member of the chosen household (%1)</source>
        <translation>登记所选住户的新成员（%1）</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the chosen place; only an empty one can be deleted</source>
        <translation>删除所选位置；只能删除其下没有内容的位置</translation>
    </message>
    <message>
        <source>The registry could not be read.</source>
        <translation>无法读取登记信息。</translation>
    </message>
    <message>
        <source>New compound</source>
        <translation>新建小区</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>New building</source>
        <translation>新建楼栋</translation>
    </message>
    <message>
        <source>No grid</source>
        <translation>未划入网格</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>New stairwell unit</source>
        <translation>新建单元</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新建住户</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>房号(&amp;R)：</translation>
    </message>
    <message>
        <source>Rename community</source>
        <translation>重命名社区</translation>
    </message>
    <message>
        <source>Edit compound</source>
        <translation>编辑小区</translation>
    </message>
    <message>
        <source>Edit building</source>
        <translation>编辑楼栋</translation>
    </message>
    <message>
        <source>Rename stairwell unit</source>
        <translation>重命名单元</translation>
    </message>
    <message>
        <source>Correct the room number</source>
        <translation>更正房号</translation>
    </message>
    <message>
        <source>Delete %1 from the registry?</source>
        <translation>确定从登记中删除 %1 吗？</translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation>%1 未被删除。</translation>
    </message>
    <message>
        <source>New community…</source>
        <translation>新建社区…</translation>
    </message>
    <message>
        <source>Add a community; a sub-district&apos;s file holds several</source>
        <translation>添加社区；街道的数据文件可包含多个社区</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>新建社区</translation>
    </message>
</context>
<context>
    <name>linli::RegistryService</name>
    <message>
        <source>Enter the community&apos;s name.</source>
        <translation>请输入社区名称。</translation>
    </message>
    <message>
        <source>Enter the compound&apos;s name.</source>
        <translation>请输入小区名称。</translation>
    </message>
    <message>
        <source>Enter the building&apos;s name.</source>
        <translation>请输入楼栋名称。</translation>
    </message>
    <message>
        <source>Enter the stairwell unit&apos;s name.</source>
        <translation>请输入单元名称。</translation>
    </message>
    <message>
        <source>This ID number is registered already, to %1 at %2.</source>
        <translation>该身份证号已登记在 %2 的 %1 名下。</translation>
    </message>
    <message>
        <source>The household has a head already: %1. Choose another relation.</source>
        <translation>该户已有户主：%1。请选择其他关系。</translation>
    </message>
    <message>
        <source>%1 moved out on %2 already.</source>
        <translation>%1 已于 %2 迁出。</translation>
    </message>
    <message>
        <source>The move-out date cannot lie in the future.</source>
        <translation>迁出日期不能晚于今天。</translation>
    </message>
    <message>
        <source>An anonymised resident is kept only for the figures and is not edited.</source>
        <translation>已匿名化的居民仅为统计保留，不能编辑。</translation>
    </message>
    <message>
        <source>This resident was anonymised on %1 already.</source>
        <translation>该居民已于 %1 匿名化。</translation>
    </message>
    <message>
        <source>A community is added to the database by an account of the whole sub-district.</source>
        <translation>新增社区须由整个街道的账号操作。</translation>
    </message>
</context>
<context>
    <name>linli::RegistryTimelineSource</name>
    <message>
        <source>household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>elderly living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>low-income</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>move-out date</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Household registered</source>
        <translation>住户登记</translation>
    </message>
    <message>
        <source>Address corrected</source>
        <translation>住址更正</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 registered in the household</source>
        <translation>%1 登记入户</translation>
    </message>
    <message>
        <source>%1 moved out</source>
        <translation>%1 迁出</translation>
    </message>
    <message>
        <source>%1&apos;s details updated</source>
        <translation>%1 的信息已更新</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>linli::RegistryTreeModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n resident(s))</source>
        <translation>
            <numerusform>%1（%n 人）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linli::ResidentDialog</name>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Low-income</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Edit resident</source>
        <translation>编辑居民</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>新建居民</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>18 characters; birth date and gender are read from it</source>
        <translation>18 位；出生日期和性别将自动读取</translation>
    </message>
    <message>
        <source>Sensitive personal information: record it only with consent.</source>
        <translation>敏感个人信息：须经本人同意方可登记。</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>住户：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Relation to head:</source>
        <translation>与户主关系(&amp;R)：</translation>
    </message>
    <message>
        <source>Markers:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <source>The resident was not saved.</source>
        <translation>居民信息未保存。</translation>
    </message>
    <message>
        <source>11-digit mobile, or a landline with its area code</source>
        <translation>11 位手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>linli::ResidentExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>linli::ResidentListModel</name>
    <message>
        <source>Moved out on %1</source>
        <translation>于 %1 迁出</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>linli::ResidentPicker</name>
    <message>
        <source>Name, phone or address of a resident</source>
        <translation>居民姓名、电话或住址</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
</context>
<context>
    <name>linli::ResidentRepository</name>
    <message>
        <source>The resident no longer exists.</source>
        <translation>该居民已不存在。</translation>
    </message>
    <message>
        <source>%1 serves as a neighbour head or in a building group; end that role first, or record a move-out instead.</source>
        <translation>%1 担任邻长或楼栋小组职务；请先结束该职务，或改为登记迁出。</translation>
    </message>
</context>
<context>
    <name>linli::ResidentValidator</name>
    <message>
        <source>Enter the resident&apos;s name.</source>
        <translation>请输入居民姓名。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>姓名超过 %1 个字。</translation>
    </message>
    <message>
        <source>Choose the household the resident lives in.</source>
        <translation>请选择居民所在住户。</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The birth date does not match the ID number, which gives %1.</source>
        <translation>出生日期与身份证号不符，身份证号显示为 %1。</translation>
    </message>
    <message>
        <source>The ID number belongs to a %1 resident, but %2 was chosen.</source>
        <translation>该身份证号属于%1性，但所选性别为%2。</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>linli::ResidentsPage</name>
    <message>
        <source>Include residents who moved out</source>
        <translation>包括已迁出居民</translation>
    </message>
    <message>
        <source>Search by name, pinyin or initials, phone, ID number tail or address</source>
        <translation>按姓名、拼音或首字母、电话、身份证号尾号或住址搜索</translation>
    </message>
    <message>
        <source>The residents could not be listed.</source>
        <translation>无法列出居民。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>共 %n 位居民</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) found</source>
        <translation>
            <numerusform>找到 %n 位居民</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>What the list shows, to Excel (.xlsx) or CSV; the export is written to the audit trail</source>
        <translation>将列表当前显示的内容导出为 Excel（.xlsx）或 CSV；导出会记入操作日志</translation>
    </message>
    <message>
        <source>Export the residents list</source>
        <translation>导出居民名单</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) exported.</source>
        <translation>
            <numerusform>已导出 %n 名居民。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Residents and households from an Excel roster (.xlsx or CSV), with a preview of every row before anything is written</source>
        <translation>从 Excel 花名册（.xlsx 或 CSV）导入居民和住户，写入前逐行预览</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 rows left out. The database as it was before is in the backups.</source>
        <translation>导入完成：新增 %1 人，更新 %2 人，跳过 %3 行。导入前的数据库已存入备份。</translation>
    </message>
    <message>
        <source>More than %L1 residents found: type more to narrow the search.</source>
        <translation>找到超过 %L1 位居民：请多输入几个字缩小范围。</translation>
    </message>
    <message>
        <source>No residents yet. Import… brings in the roster (花名册) from Excel; households can also be added one by one in Registry.</source>
        <translation>还没有居民。点“导入…”从 Excel 导入花名册；也可以在“人口登记”中逐户添加。</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;. Try part of the name, its pinyin or initials, the address, or the last digits of a phone or ID number.</source>
        <translation>没有找到“%1”。可以输入姓名中的一两个字、拼音或首字母、住址，或电话、身份证号的后几位。</translation>
    </message>
</context>
<context>
    <name>linli::RoleDialog</name>
    <message>
        <source>Appoint a neighbour head</source>
        <translation>任命邻长</translation>
    </message>
    <message>
        <source>Add a member to the building group</source>
        <translation>添加楼栋自治小组成员</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Resident:</source>
        <translation>居民(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Term starts:</source>
        <translation>任期开始(&amp;T)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <source>Nobody lives in this building yet: register its households first.</source>
        <translation>本楼栋尚无居民：请先登记住户。</translation>
    </message>
    <message>
        <source>Choose a resident from the list.</source>
        <translation>请从列表中选择居民。</translation>
    </message>
</context>
<context>
    <name>linli::RosterDialog</name>
    <message>
        <source>Duty roster of the mediation room</source>
        <translation>矛盾调解室值班表</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>The roster could not be read.</source>
        <translation>无法读取值班表。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>The roster was not saved.</source>
        <translation>值班表未能保存。</translation>
    </message>
</context>
<context>
    <name>linli::RosterFields</name>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Whole address</source>
        <translation>完整住址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Low-income</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>linli::RosterImport</name>
    <message>
        <source>Set up the community first (Registry → New community…): the roster&apos;s compounds belong to it.</source>
        <translation>请先建立社区（居民档案 → 新建社区…）：花名册中的小区都属于社区。</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 with errors</source>
        <translation>新增 %1 行，更新 %2 行，无变化 %3 行，有错误 %4 行</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read; open it in Excel or WPS and save it as .xlsx or as CSV UTF-8.</source>
        <translation>无法读取旧版 Excel 文件（.xls）；请在 Excel 或 WPS 中打开，另存为 .xlsx 或 CSV UTF-8。</translation>
    </message>
    <message>
        <source>Match a column to each of: %1.</source>
        <translation>请为以下各项指定对应的列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The same ID number is on row %1 as well.</source>
        <translation>第 %1 行也是这个身份证号。</translation>
    </message>
    <message>
        <source>The registry changed since the preview was made; look at the preview again.</source>
        <translation>预览之后居民档案已有变动；请重新查看预览。</translation>
    </message>
    <message>
        <source>No backup could be taken before the import, so nothing was imported: %1</source>
        <translation>导入前无法备份，因此未导入任何数据：%1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>This database holds several communities: choose the one the roster belongs to under Community at the foot of the window, then import it again.</source>
        <translation>此数据库有多个社区：请先在窗口底部的“社区”里选择这份花名册所属的社区，再重新导入。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>linli::RosterImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Leave out the rows with errors and import the rest</source>
        <translation>跳过有错误的行，导入其余各行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import residents from a roster</source>
        <translation>从花名册导入居民</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>An empty roster with the columns Linli expects, ID numbers and phones kept as text</source>
        <translation>包含邻里所需各列的空白花名册，身份证号和电话列为文本格式</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Preview: nothing is written until you import</source>
        <translation>预览：点击导入之前不会写入任何数据</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>选择花名册</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv *.txt);;Excel (*.xlsx);;CSV (*.csv *.txt)</source>
        <translation>花名册 (*.xlsx *.csv *.txt);;Excel (*.xlsx);;CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save the roster template</source>
        <translation>保存花名册模板</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>模板未保存。</translation>
    </message>
    <message>
        <source>The template is in %1. Fill it in, one resident a row, and import it.</source>
        <translation>模板已保存到 %1。每行填写一位居民，填好后导入。</translation>
    </message>
    <message>
        <source>The headers are on row %1.</source>
        <translation>表头在第 %1 行。</translation>
    </message>
    <message>
        <source>The text was read as %1.</source>
        <translation>文本按 %1 编码读取。</translation>
    </message>
    <message>
        <source>Choose a roster, or save the template and fill it in.</source>
        <translation>请选择花名册，或保存模板后填写。</translation>
    </message>
    <message>
        <source>No preview until every needed column is matched.</source>
        <translation>所需各列都指定后才能预览。</translation>
    </message>
    <message>
        <source>compounds %1</source>
        <translation>小区 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>buildings %1</source>
        <translation>楼栋 %1</translation>
    </message>
    <message>
        <source>units %1</source>
        <translation>单元 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Every place the roster names is in the registry already.</source>
        <translation>花名册中的地点在居民档案中都已存在。</translation>
    </message>
    <message>
        <source>Will be created: %1.</source>
        <translation>将新建：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n resident(s)</source>
        <translation>
            <numerusform>导入 %n 名居民(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>Taking a backup, then importing…</source>
        <translation>正在备份，然后导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>正在停止，不会写入任何数据…</translation>
    </message>
    <message>
        <source>%L1 of %L2 residents imported…</source>
        <translation>已导入 %L1 / %L2 名居民…</translation>
    </message>
    <message>
        <source>The table lists the first %L1 rows and every row with an error.</source>
        <translation>表格列出前 %L1 行及所有有错误的行。</translation>
    </message>
</context>
<context>
    <name>linli::RosterPreviewModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>linli::RosterValues</name>
    <message>
        <source>The relation &quot;%1&quot; is not one Linli knows; write 户主, 配偶, 子女, 父母, 孙子女, 兄弟姐妹, 其他亲属, 租户 or 其他.</source>
        <translation>无法识别与户主关系“%1”；请填写户主、配偶、子女、父母、孙子女、兄弟姐妹、其他亲属、租户或其他。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 1990-01-31.</source>
        <translation>“%1”不是日期；请写成 1990-01-31 的格式。</translation>
    </message>
</context>
<context>
    <name>linli::RowVersion</name>
    <message>
        <source>This record was changed by someone else after you opened it, so your changes were not saved over theirs. Close the form, open the record again and make your changes there.</source>
        <translation>您打开此记录后，有其他人修改了它，因此您的修改没有覆盖对方的修改。请关闭表单，重新打开记录后再修改。</translation>
    </message>
    <message>
        <source>%1 changed this record at %2, after you opened it, so your changes were not saved over theirs. Close the form, open the record again and make your changes there.</source>
        <translation>您打开此记录后，%1 于 %2 修改了它，因此您的修改没有覆盖对方的修改。请关闭表单，重新打开记录后再修改。</translation>
    </message>
    <message>
        <source>%1 changed this setting at %2, after this page showed it, so your change was not saved over theirs. The page now shows what they saved.</source>
        <translation>%1 于 %2 修改了这项设置，晚于本页显示的时间，所以您的修改没有覆盖对方的修改。本页现已显示对方保存的内容。</translation>
    </message>
</context>
<context>
    <name>linli::SchemaShape</name>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Linli could not work out its own schema to compare %1 with: %2</source>
        <translation>邻里无法生成自身的数据库结构来与 %1 比较：%2</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; is not the one Linli made</source>
        <translation>其中的%1“%2”与邻里创建的不同</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; that Linli made in it is missing</source>
        <translation>邻里创建的%1“%2”不见了</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more difference(s)</source>
        <translation>
            <numerusform>%1；另有 %n 处不同</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not as Linli made it: %2. Linli does not open a file that could run what it does not know, or that lacks its own safeguards. Restore a backup from before the change (Settings → Backups, or linli-cli restore), or have the file looked at.</source>
        <translation>%1 与邻里创建时不一致：%2。邻里不会打开可能运行未知内容、或缺少自身保护措施的文件。请恢复改动之前的备份（设置 → 备份，或 linli-cli restore），或请专人检查该文件。</translation>
    </message>
    <message>
        <source>it holds the %1 &quot;%2&quot;, which Linli did not make</source>
        <translation>其中有一个不是邻里创建的%1“%2”</translation>
    </message>
</context>
<context>
    <name>linli::ScreeningLog</name>
    <message>
        <source>Enter the day the screening was held.</source>
        <translation>请填写排查日期。</translation>
    </message>
    <message>
        <source>A screening is logged once it has been held: %1 is still to come.</source>
        <translation>排查须在进行后登记：%1 尚未到来。</translation>
    </message>
    <message>
        <source>Say where the screening went: a grid, a compound or a building.</source>
        <translation>请填写排查范围：网格、小区或楼栋。</translation>
    </message>
    <message>
        <source>Say where in at most 60 characters.</source>
        <translation>排查范围最多 60 个字。</translation>
    </message>
    <message>
        <source>The numbers of disputes cannot be below 0.</source>
        <translation>纠纷件数不能小于 0。</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) headed off, but only %1 found: those headed off are among those found.</source>
        <translation>
            <numerusform>预防纠纷 %n 件，但只发现 %1 件：预防的纠纷应在发现的纠纷之中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The screening is no longer on the log.</source>
        <translation>该排查记录已不存在。</translation>
    </message>
</context>
<context>
    <name>linli::ScreeningLogDialog</name>
    <message>
        <source>Held on</source>
        <translation>排查日期</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>排查范围</translation>
    </message>
    <message>
        <source>Disputes found</source>
        <translation>发现纠纷</translation>
    </message>
    <message>
        <source>Headed off</source>
        <translation>预防纠纷</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Screening for disputes</source>
        <translation>矛盾纠纷排查</translation>
    </message>
    <message>
        <source>No rounds in the last twelve months: Log a round… records the first.</source>
        <translation>近十二个月没有排查记录：点“登记排查…”登记第一次。</translation>
    </message>
    <message>
        <source>Rounds of screening for disputes (矛盾纠纷排查): where the mediators went, the disputes they found and those they settled before any became a case (预防纠纷). The monthly statistics count them.</source>
        <translation>矛盾纠纷排查记录：调解员排查的范围、发现的纠纷，以及在成案之前就化解的纠纷（预防纠纷）。月度统计计入这些数字。</translation>
    </message>
    <message>
        <source>&amp;Log a round…</source>
        <translation>登记排查(&amp;L)…</translation>
    </message>
    <message>
        <source>The screening log could not be read.</source>
        <translation>无法读取排查记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) in the last twelve months; %1 dispute(s) found, %2 headed off.</source>
        <translation>
            <numerusform>近十二个月排查 %n 次；发现纠纷 %1 件，预防 %2 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 第三网格; 明珠花园1–4栋</source>
        <translation>如：第三网格；明珠花园1–4栋</translation>
    </message>
    <message>
        <source>Of the disputes found, those settled on the spot or by a word in time, before they became a case</source>
        <translation>发现的纠纷中，当场或及时化解、未形成案件的件数</translation>
    </message>
    <message>
        <source>Log a screening round</source>
        <translation>登记排查</translation>
    </message>
    <message>
        <source>Correct the screening round</source>
        <translation>更正排查记录</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>排查日期(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>排查范围(&amp;W)：</translation>
    </message>
    <message>
        <source>Disputes &amp;found:</source>
        <translation>发现纠纷(&amp;F)：</translation>
    </message>
    <message>
        <source>Of them &amp;headed off:</source>
        <translation>其中预防(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Remove the round</source>
        <translation>删除排查记录</translation>
    </message>
    <message>
        <source>Take the round of %1 in %2 off the log? The audit trail keeps what it said.</source>
        <translation>删除 %1 在 %2 的排查记录？审计日志会保留其内容。</translation>
    </message>
    <message>
        <source>The round was not removed.</source>
        <translation>排查记录未删除。</translation>
    </message>
</context>
<context>
    <name>linli::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address; write it as %2.</source>
        <translation>“%1”不是服务器地址；请写作 %2。</translation>
    </message>
    <message>
        <source>Leave the password out of the server address: Linli asks for it, or takes it from PGPASSWORD or ~/.pgpass, and never stores it.</source>
        <translation>服务器地址中不要写密码：邻里会询问密码，或从 PGPASSWORD、~/.pgpass 读取，且从不保存。</translation>
    </message>
    <message>
        <source>The server address names no user; write it as %1.</source>
        <translation>服务器地址中没有用户名；请写作 %1。</translation>
    </message>
    <message>
        <source>The server address names no database; write it as %1.</source>
        <translation>服务器地址中没有数据库名；请写作 %1。</translation>
    </message>
</context>
<context>
    <name>linli::ServerCopy</name>
    <message>
        <source>The tables of the file refer to each other in a circle; they cannot be copied one after another.</source>
        <translation>文件中的表相互循环引用，无法逐张复制。</translation>
    </message>
    <message>
        <source>A copy goes from a database file to a database on the server.</source>
        <translation>复制只能从数据库文件到服务器上的数据库。</translation>
    </message>
    <message>
        <source>%1 holds Linli records already. Copy into a new, empty database, so that nothing there is mixed with the file&apos;s.</source>
        <translation>%1 中已有邻里的记录。请复制到一个新的空数据库，以免与文件中的记录混在一起。</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in the file but %3 on the server after the copy; nothing was copied.</source>
        <translation>表 %1 在文件中有 %2 行，复制后服务器上却有 %3 行；未复制任何内容。</translation>
    </message>
</context>
<context>
    <name>linli::ServerLogin</name>
    <message>
        <source>Linli</source>
        <translation>邻里</translation>
    </message>
    <message>
        <source>The password of %1 on the server %2 (it is not kept):</source>
        <translation>服务器 %2 上 %1 的密码（不会保存）：</translation>
    </message>
    <message>
        <source>Linli cannot open its database.</source>
        <translation>邻里无法打开数据库。</translation>
    </message>
    <message>
        <source>%1

Check the network and the server&apos;s address, or keep this desk&apos;s data elsewhere.</source>
        <translation>%1

请检查网络和服务器地址，或把本机数据改存到别处。</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>重试(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change where the data is…</source>
        <translation>更改数据存放位置(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>linli::SessionDialog</name>
    <message>
        <source>Move the session — %1</source>
        <translation>调解改期 — %1</translation>
    </message>
    <message>
        <source>Schedule a session — %1</source>
        <translation>安排调解 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>The address on site, or which council hall</source>
        <translation>现场地址，或哪个议事厅</translation>
    </message>
    <message>
        <source>Others attending, e.g. 王师傅（管道维修）, 李某（证人）</source>
        <translation>其他参加人员，例如：王师傅（管道维修）、李某（证人）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Suggest free &amp;times</source>
        <translation>推荐空闲时间(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Mediators:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>当事人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>其他人员(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>事由(&amp;U)：</translation>
    </message>
    <message>
        <source>No free time in the next two months.</source>
        <translation>未来两个月内没有空闲时间。</translation>
    </message>
</context>
<context>
    <name>linli::SettingsPage</name>
    <message>
        <source>e.g. 红旗社区居民委员会</source>
        <translation>例如：红旗社区居民委员会</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The office (printed on every document)</source>
        <translation>本单位（打印在每份文书上）</translation>
    </message>
    <message>
        <source>Community committee:</source>
        <translation>社区居委会：</translation>
    </message>
    <message>
        <source>Sub-district:</source>
        <translation>街道：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区：</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>办公电话：</translation>
    </message>
    <message>
        <source>Seal text:</source>
        <translation>印章文字：</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Language (applies at the next start):</source>
        <translation>界面语言（下次启动时生效）：</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>The settings could not be read.</source>
        <translation>无法读取设置。</translation>
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation>设置未保存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Office and desk</source>
        <translation>本单位和本机</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>e.g. 红调字, for numbers like （2025）红调字第012号</source>
        <translation>例如：红调字，编号形如（2025）红调字第012号</translation>
    </message>
    <message>
        <source>Mediation case prefix:</source>
        <translation>调解案件字号：</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <translation>当前登录：</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Where the daily backups go; a folder on another disk or a USB drive survives the computer</source>
        <translation>每日备份的存放位置；放在另一块硬盘或 U 盘上，电脑损坏时备份仍在</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>After this long, the name, ID number and phone of a resident who moved out are removed at start-up; the figures keep counting them</source>
        <translation>超过此期限后，迁出居民的姓名、身份证号和电话会在启动时删除；统计中仍计入这些居民</translation>
    </message>
    <message>
        <source>Keep moved-out residents&apos; data:</source>
        <translation>迁出居民信息保存：</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Choose the folder the backups go into</source>
        <translation>选择保存备份的文件夹</translation>
    </message>
    <message>
        <source>Set a new password for your own account</source>
        <translation>为自己的账号设置新密码</translation>
    </message>
    <message>
        <source>Keep the office&apos;s details and settings as they are on this page</source>
        <translation>保存本页的社区信息和设置</translation>
    </message>
    <message>
        <source>%1 (on the office&apos;s server)</source>
        <translation>%1（社区服务器）</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>Keep this desk&apos;s data in another file, or in a database on the office&apos;s server, from the next start</source>
        <translation>从下次启动起，本机数据改存到另一个文件，或社区服务器上的数据库</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>made on the server (pg_dump) by whoever looks after it</source>
        <translation>由服务器管理员在服务器上备份（pg_dump）</translation>
    </message>
    <message>
        <source>From the next start this desk opens %1.</source>
        <translation>从下次启动起，本机打开 %1。</translation>
    </message>
    <message>
        <source>This community&apos;s office (printed on its documents)</source>
        <translation>本社区的办公信息（印在本社区的文书上）</translation>
    </message>
    <message>
        <source>Mediation statistics</source>
        <translation>调解统计</translation>
    </message>
</context>
<context>
    <name>linli::SpreadsheetStream</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>文件无法写入：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 无法写入。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 无法写入：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written; check the folder and free disk space.</source>
        <translation>%1 无法写入，请检查文件夹和磁盘剩余空间。</translation>
    </message>
</context>
<context>
    <name>linli::StationRepository</name>
    <message>
        <source>The donation no longer exists.</source>
        <translation>该捐赠记录已不存在。</translation>
    </message>
    <message>
        <source>None of it is left on the shelf.</source>
        <translation>货架上已经没有了。</translation>
    </message>
    <message>
        <source>Only %1 left on the shelf; %2 cannot be taken.</source>
        <translation>货架上只剩 %1 件，不能领取 %2 件。</translation>
    </message>
</context>
<context>
    <name>linli::StationService</name>
    <message>
        <source>Say what was donated.</source>
        <translation>请写明捐赠的物品。</translation>
    </message>
    <message>
        <source>A donation is at least one piece.</source>
        <translation>捐赠至少一件。</translation>
    </message>
    <message>
        <source>A donation is recorded on the day it came.</source>
        <translation>捐赠按收到当天登记。</translation>
    </message>
    <message>
        <source>Say who took it.</source>
        <translation>请写明领取人。</translation>
    </message>
    <message>
        <source>Take at least one piece.</source>
        <translation>至少领取一件。</translation>
    </message>
</context>
<context>
    <name>linli::StationWidget</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>捐赠日期</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠人</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>捐赠数量</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>在架</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Donation…</source>
        <translation>登记捐赠(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Taken…</source>
        <translation>登记领取(&amp;T)…</translation>
    </message>
    <message>
        <source>Someone took something from the shelf: choose it in the list first</source>
        <translation>有人从货架领取物品：请先在列表中选中该物品</translation>
    </message>
    <message>
        <source>Print the &amp;ledger…</source>
        <translation>打印台账(&amp;L)…</translation>
    </message>
    <message>
        <source>The station&apos;s shelf could not be read.</source>
        <translation>无法读取互助站物品。</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>over %1 days on the shelf</source>
        <translation>在架超过 %1 天</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>On the shelf — %1</source>
        <translation>在架 —— %1</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s) on the shelf for over %1 days: offer them at the next event, or pass them on.</source>
        <translation>
            <numerusform>有 %n 件捐赠在架超过 %1 天：可在下次活动中推荐，或转赠他处。</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 小学三年级课外书</source>
        <translation>如：小学三年级课外书</translation>
    </message>
    <message>
        <source>Name, phone or address</source>
        <translation>姓名、电话或住址</translation>
    </message>
    <message>
        <source>The donor stays anonymous</source>
        <translation>捐赠人匿名</translation>
    </message>
    <message>
        <source>A donation</source>
        <translation>登记捐赠</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>物品(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>数量(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>捐赠人(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>未登记。</translation>
    </message>
    <message>
        <source>Choose in the list what was taken.</source>
        <translation>请在列表中选中被领取的物品。</translation>
    </message>
    <message>
        <source>%1 (%2 on the shelf)</source>
        <translation>%1（在架 %2 件）</translation>
    </message>
    <message>
        <source>Taken from the shelf</source>
        <translation>登记领取</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>物品：</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>人员(&amp;W)：</translation>
    </message>
    <message>
        <source>The ledger cannot be printed.</source>
        <translation>无法打印台账。</translation>
    </message>
    <message>
        <source>Station ledger</source>
        <translation>互助站台账</translation>
    </message>
    <message>
        <source>Export the station&apos;s stock</source>
        <translation>导出互助站物品</translation>
    </message>
    <message>
        <source>Nothing on the shelf: Donation… records what a resident brings.</source>
        <translation>驿站暂无物品：居民捐赠时点“登记捐赠…”。</translation>
    </message>
    <message>
        <source>Record what a resident brings to the station</source>
        <translation>登记居民捐赠到驿站的物品</translation>
    </message>
    <message>
        <source>Print the station&apos;s ledger of things in and out</source>
        <translation>打印驿站物品出入台账</translation>
    </message>
</context>
<context>
    <name>linli::TeamDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>On the team</source>
        <translation>在队伍中</translation>
    </message>
    <message>
        <source>The joint mediation team</source>
        <translation>联调队伍</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Retire or restore</source>
        <translation>停用或恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Staff of the office join the team the first time they take part in a case.</source>
        <translation>社区工作人员第一次参与案件时自动加入队伍。</translation>
    </message>
    <message>
        <source>The team could not be listed.</source>
        <translation>无法列出调解队伍。</translation>
    </message>
    <message>
        <source>Staff, not yet in a case</source>
        <translation>工作人员，尚未参与案件</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New member of the team</source>
        <translation>新增队伍成员</translation>
    </message>
    <message>
        <source>e.g. 岳塘区人民法院</source>
        <translation>例如：岳塘区人民法院</translation>
    </message>
    <message>
        <source>e.g. 婚姻家庭、相邻关系</source>
        <translation>例如：婚姻家庭、相邻关系</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Specialties:</source>
        <translation>专长(&amp;S)：</translation>
    </message>
    <message>
        <source>The team was not changed.</source>
        <translation>调解队伍未能修改。</translation>
    </message>
    <message>
        <source>No mediators yet: Add a member… for each staff mediator and each lawyer, retired judge or volunteer who mediates.</source>
        <translation>还没有调解员：点“添加成员…”逐一添加社区调解员以及参与调解的律师、退休法官或志愿者。</translation>
    </message>
</context>
<context>
    <name>linli::TemplatesDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Hygiene pact templates</source>
        <translation>楼栋卫生公约模板</translation>
    </message>
    <message>
        <source>&amp;Copy as a new template</source>
        <translation>复制为新模板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;lauses:</source>
        <translation>条款(&amp;L)：</translation>
    </message>
    <message>
        <source>The templates cannot be shown.</source>
        <translation>无法显示模板。</translation>
    </message>
    <message>
        <source>The default pact written for Linli is kept as it is: copy it to make the office&apos;s own.</source>
        <translation>邻里自带的默认公约保持不变：请复制后制作本社区的版本。</translation>
    </message>
    <message>
        <source>One clause a paragraph. Placeholders: {社区} {小区} {楼栋} {邻长} {日期}. Buildings keep the pact they adopted; a change here reaches them when they adopt a new version.</source>
        <translation>每段一条。占位符：{社区} {小区} {楼栋} {邻长} {日期}。各楼栋保留已通过的公约；这里的修改在楼栋通过新版本时生效。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>The template was not copied.</source>
        <translation>模板未能复制。</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>模板未能保存。</translation>
    </message>
    <message>
        <source>The template was not removed.</source>
        <translation>模板未能删除。</translation>
    </message>
</context>
<context>
    <name>linli::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>linli::Tour</name>
    <message>
        <source>The picture %1 could not be written.</source>
        <translation>无法写入图片 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>linli::VenuesDialog</name>
    <message>
        <source>Building council hall (楼栋议事厅)</source>
        <translation>楼栋议事厅</translation>
    </message>
    <message>
        <source>Online council group (网上楼栋议事群)</source>
        <translation>网上楼栋议事群</translation>
    </message>
    <message>
        <source>Party members&apos; home (党员之家)</source>
        <translation>党员之家</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Council venues of %1</source>
        <translation>%1 的议事场所</translation>
    </message>
    <message>
        <source>For an online group: the grid worker or neighbour head</source>
        <translation>网上议事群：填写负责的网格员或邻长</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>&amp;Add the venue</source>
        <translation>添加场所(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>房间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>座位数(&amp;S)：</translation>
    </message>
    <message>
        <source>Run &amp;by:</source>
        <translation>负责人(&amp;B)：</translation>
    </message>
    <message>
        <source>No venues yet: enter where this compound&apos;s councils meet below.</source>
        <translation>还没有议事场所：请在下方填写这个小区的议事地点。</translation>
    </message>
</context>
<context>
    <name>linli::VolunteerHoursWidget</name>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>心愿</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>The volunteer hours could not be read.</source>
        <translation>无法读取志愿服务时长。</translation>
    </message>
    <message>
        <source>%1 volunteers, %2 hours in all</source>
        <translation>志愿者 %1 人，共 %2 小时</translation>
    </message>
    <message>
        <source>Export the volunteer hours</source>
        <translation>导出志愿服务时长</translation>
    </message>
    <message>
        <source>No volunteer hours this year yet: claimed wishes, visits and help at events are counted here.</source>
        <translation>今年还没有志愿服务时长：认领心愿、走访老人和活动帮忙都会计入这里。</translation>
    </message>
</context>
<context>
    <name>linli::WishBoard</name>
    <message>
        <source>Items and help</source>
        <translation>物品和求助</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>&amp;Post a wish…</source>
        <translation>登记心愿(&amp;P)…</translation>
    </message>
    <message>
        <source>Write down a resident&apos;s wish; it goes on the wall once checked</source>
        <translation>登记居民的心愿；核实后上墙</translation>
    </message>
    <message>
        <source>P&amp;rint the wall…</source>
        <translation>打印心愿墙(&amp;R)…</translation>
    </message>
    <message>
        <source>The open wishes as a sheet for the activity centre&apos;s board</source>
        <translation>将待认领的心愿打印出来，张贴在活动中心</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>楼栋：</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>On the wall</source>
        <translation>待认领</translation>
    </message>
    <message>
        <source>Being helped</source>
        <translation>帮扶中</translation>
    </message>
    <message>
        <source>Done lately</source>
        <translation>近期办结</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>The wishes could not be read.</source>
        <translation>无法读取心愿。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>To check (%1)</source>
        <translation>待核实（%1）</translation>
    </message>
    <message>
        <source>On the wall (%1)</source>
        <translation>待认领（%1）</translation>
    </message>
    <message>
        <source>Being helped (%1)</source>
        <translation>帮扶中（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n dispatched wish(es) overdue</source>
        <translation>
            <numerusform>%n 个派单心愿已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, phone or address</source>
        <translation>姓名、电话或住址</translation>
    </message>
    <message>
        <source>(not in a building)</source>
        <translation>（不属于楼栋）</translation>
    </message>
    <message>
        <source>What is wished for, in the resident&apos;s words</source>
        <translation>心愿内容，尽量用居民自己的话</translation>
    </message>
    <message>
        <source>Post a wish</source>
        <translation>登记心愿</translation>
    </message>
    <message>
        <source>&amp;Who wishes:</source>
        <translation>心愿人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Came by:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Wish:</source>
        <translation>心愿(&amp;W)：</translation>
    </message>
    <message>
        <source>The wish could not be read.</source>
        <translation>无法读取该心愿。</translation>
    </message>
    <message>
        <source>The wish was not put up.</source>
        <translation>该心愿未能上墙。</translation>
    </message>
    <message>
        <source>The neighbour, volunteer or party member</source>
        <translation>认领的邻居、志愿者或党员</translation>
    </message>
    <message>
        <source>Claim the wish</source>
        <translation>认领心愿</translation>
    </message>
    <message>
        <source>&amp;Who helps:</source>
        <translation>认领人(&amp;W)：</translation>
    </message>
    <message>
        <source>Dispatch the wish</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Back to the wall</source>
        <translation>退回心愿墙</translation>
    </message>
    <message>
        <source>Withdraw the wish</source>
        <translation>撤回心愿</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. replaced the tap washer</source>
        <translation>如：更换了水龙头阀芯</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>The helper&apos;s time, counted in the volunteer hours</source>
        <translation>帮扶人所用时间，计入志愿服务时长</translation>
    </message>
    <message>
        <source>The wish is fulfilled</source>
        <translation>心愿已实现</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>办理情况(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>时长(&amp;H)：</translation>
    </message>
    <message>
        <source>Make the wish a complaint</source>
        <translation>心愿转为诉求</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>The wall cannot be printed.</source>
        <translation>无法打印心愿墙。</translation>
    </message>
    <message>
        <source>Wish wall</source>
        <translation>心愿墙</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Every wish of the chosen building and kind, done ones included, to Excel or CSV</source>
        <translation>所选楼栋和类别的全部心愿（含已完成的），导出为 Excel 或 CSV</translation>
    </message>
    <message>
        <source>Export the wishes</source>
        <translation>导出心愿台账</translation>
    </message>
</context>
<context>
    <name>linli::WishCard</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>no building</source>
        <translation>无楼栋</translation>
    </message>
    <message>
        <source>Wished by %1 on %2</source>
        <translation>%1 于 %2 许愿</translation>
    </message>
    <message>
        <source>Claimed by %1</source>
        <translation>%1 已认领</translation>
    </message>
    <message>
        <source>Dispatched to %1 (%2), due %3</source>
        <translation>已派给 %1（%2），期限 %3</translation>
    </message>
    <message>
        <source>Done on %1: %2</source>
        <translation>%1 办结：%2</translation>
    </message>
    <message>
        <source>Now a complaint</source>
        <translation>已转为诉求</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>已撤回：%1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>On the station&apos;s shelf: %1</source>
        <translation>互助站在架：%1</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
</context>
<context>
    <name>linli::WishRepository</name>
    <message>
        <source>The wish no longer exists.</source>
        <translation>该心愿已不存在。</translation>
    </message>
</context>
<context>
    <name>linli::WishService</name>
    <message>
        <source>Say whose wish it is.</source>
        <translation>请写明是谁的心愿。</translation>
    </message>
    <message>
        <source>Write down what is wished for.</source>
        <translation>请写明心愿内容。</translation>
    </message>
    <message>
        <source>Say who takes the wish on.</source>
        <translation>请写明认领人。</translation>
    </message>
    <message>
        <source>A wish is claimed by a neighbour, not by the one who made it.</source>
        <translation>心愿由邻居认领，许愿人本人不能认领。</translation>
    </message>
    <message>
        <source>Say who the wish is dispatched to.</source>
        <translation>请写明派单对象。</translation>
    </message>
    <message>
        <source>Give a due date from today on.</source>
        <translation>期限不能早于今天。</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请写明做了什么。</translation>
    </message>
    <message>
        <source>The day it was done lies between the day the wish was posted and today.</source>
        <translation>办结日期应在许愿日期与今天之间。</translation>
    </message>
    <message>
        <source>Give the helper&apos;s hours as a number from 0 to 24.</source>
        <translation>帮扶时长请填 0 至 24 之间的数字。</translation>
    </message>
    <message>
        <source>Say why the wish is withdrawn.</source>
        <translation>请写明撤回原因。</translation>
    </message>
    <message>
        <source>From wish %1: %2</source>
        <translation>来自心愿 %1：%2</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>诉求 %1</translation>
    </message>
</context>
<context>
    <name>linli::WishStateMachine</name>
    <message>
        <source>The wish has not been checked yet: check it with the resident first, then it goes on the wall.</source>
        <translation>该心愿尚未核实：请先与居民核实，再上墙。</translation>
    </message>
    <message>
        <source>A wish that is %1 cannot be %2.</source>
        <translation>状态为“%1”的心愿不能%2。</translation>
    </message>
</context>
<context>
    <name>linli::XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged. An old .xls file must be saved as .xlsx first.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx），或已损坏。旧版 .xls 文件须先另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 has no readable worksheet; it may be damaged.</source>
        <translation>%1 中没有可读取的工作表，文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1 cannot be read: its worksheet is damaged (%2).</source>
        <translation>无法读取 %1：工作表已损坏（%2）。</translation>
    </message>
</context>
<context>
    <name>linli::sql::Messages</name>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>数据库正被其他窗口或程序占用，请稍后再试。</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved. Free some space and try again.</source>
        <translation>磁盘已满，修改未保存。请清理空间后重试。</translation>
    </message>
    <message>
        <source>The database file is read-only: the change was not saved.</source>
        <translation>数据库文件为只读，修改未保存。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Linli database.</source>
        <translation>数据库文件已损坏，或不是邻里数据库。</translation>
    </message>
    <message>
        <source>The database could not complete the operation: %1</source>
        <translation>数据库无法完成操作：%1</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: the change was not saved. Check the network, then do it again: Linli connects again by itself.</source>
        <translation>与数据库服务器的连接已断开：更改未保存。请检查网络后再操作一次，邻里会自行重新连接。</translation>
    </message>
    <message>
        <source>The database file could not be read or written: the disk may be full or failing, or the file larger than this account may write. The change was not saved.</source>
        <translation>数据库文件无法读取或写入：磁盘可能已满或出现故障，或文件超出了此账户允许写入的大小。改动未保存。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Linli cannot open its database.</source>
        <translation>邻里无法打开数据库。</translation>
    </message>
    <message>
        <source>Demo tour</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Linli cannot read its accounts.</source>
        <translation>邻里无法读取账号信息。</translation>
    </message>
    <message>
        <source>Linli is open already.</source>
        <translation>邻里已在运行。</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>备份未能恢复。</translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>原数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>%1

Open it read-only here, to look things up? Changes are made at that desk.</source>
        <translation>%1

是否在此以只读方式打开以便查阅？修改请在那台电脑上进行。</translation>
    </message>
    <message>
        <source>%1 This copy is read-only: changes are made at that desk.</source>
        <translation>%1 此处为只读：修改请在那台电脑上进行。</translation>
    </message>
    <message>
        <source>Residents past the retention period were not anonymised.</source>
        <translation>超过保存期限的居民未能匿名化。</translation>
    </message>
    <message>
        <source>The daily backup needs a look.</source>
        <translation>每日备份需要检查。</translation>
    </message>
    <message>
        <source>The database file failed its check.</source>
        <translation>数据库文件未通过检查。</translation>
    </message>
    <message>
        <source>Restore the backup of %1? The file as it is now is kept beside it.</source>
        <translation>是否恢复 %1 的备份？当前文件将保留在旁边。</translation>
    </message>
</context>
</TS>
