/* Writes roster-libxlsxwriter.xlsx, the import tests' fixture from libxlsxwriter, and
 * roster.csv, from which LibreOffice saves roster-libreoffice.xlsx (see README.md).
 * Build: cc make-roster-fixtures.c $(pkg-config --cflags --libs xlsxwriter) */
#include <stdio.h>
#include <xlsxwriter.h>

static const char *headers[] = {"序号", "小区", "楼栋", "单元", "房号", "姓名", "性别",
                                "身份证号码", "联系电话", "与户主关系", "政治面貌", "出生日期",
                                "备注"};
/* The ID number of 张伟 is written as a number, as Excel does when a column is not Text. */
static const char *rows[][13] = {
    {"1", "明珠花园", "3", "2", "302", "张建国", "男", "430304196503120514", "13812345678", "户主", "中共党员", "1965-03-12", "楼栋长"},
    {"2", "明珠花园", "3", "2", "302", "李秀英", "女", "430304196807210623", "0731-84561234", "配偶", "群众", "", ""},
    {"3", "明珠花园", "3", "2", "302", "张伟", "男", "#430304199201150316", "13912345678", "子", "", "", ""},
    {"4", "明珠花园", "3", "2", "401", "王芳", "女", "430304198804040420", "1381234567", "户主", "", "", ""},
    {"5", "明珠花园", "3", "2", "402", "赵磊", "女", "430304197509090138", "13700001111", "户主", "", "", ""},
    {"6", "明珠花园", "3", "2", "501", "孙丽", "女", "430304195506060241", "", "户主", "", "", ""},
    {"7", "明珠花园", "3", "2", "502", "周梅", "女", "430304195506060241", "", "户主", "", "", ""},
    {"8", "新建小区", "1", "1", "101", "张小宝", "男", "430304201001010116", "+86 139 0000 1111", "孙子", "", "", "随父母"},
};

int main(void) {
    lxw_workbook *workbook = workbook_new("roster-libxlsxwriter.xlsx");
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "花名册");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    worksheet_merge_range(sheet, 0, 0, 0, 12, "明珠社区居民花名册", NULL);
    FILE *csv = fopen("roster.csv", "w");
    fputs("明珠社区居民花名册\n", csv);
    for (int c = 0; c < 13; ++c) {
        worksheet_write_string(sheet, 1, c, headers[c], NULL);
        fprintf(csv, "%s%s", c ? "," : "", headers[c]);
    }
    fputs("\n", csv);
    for (int r = 0; r < 8; ++r) {
        for (int c = 0; c < 13; ++c) {
            const char *v = rows[r][c];
            if (!*v) {
                fprintf(csv, "%s", c ? "," : "");
                continue;
            }
            if (c == 0 || c == 2 || c == 3 || c == 4)
                worksheet_write_number(sheet, r + 2, c, atof(v), NULL);
            else if (v[0] == '#')
                worksheet_write_number(sheet, r + 2, c, atof(v + 1), NULL);
            else if (c == 11) {
                lxw_datetime d = {0};
                sscanf(v, "%d-%d-%d", &d.year, &d.month, &d.day);
                worksheet_write_datetime(sheet, r + 2, c, &d, date);
            } else
                worksheet_write_string(sheet, r + 2, c, v, NULL);
            /* In the CSV the number Excel made of the ID number reads as Excel shows it. */
            fprintf(csv, "%s%s", c ? "," : "", v[0] == '#' ? "4.30304E+17" : v);
        }
        fputs("\n", csv);
    }
    fclose(csv);
    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}
