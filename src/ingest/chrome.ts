/**
 * What a web page wraps around a document: navigation, counters, comment boxes, disclaimers,
 * SEO spam. Data, not logic: extend these lists when a new site adds its own furniture.
 */

/** Lines that end the article: everything from here on is page furniture. */
export const END_MARKERS: RegExp[] = [
  /^THE\s*END$/i,
  /^(版权与免责声明|版权声明|免责声明)/,
  /^(热门评论|最新评论|网友评论|我要评论|发表评论)/,
  /^(相关阅读|相关新闻|相关文章|推荐阅读|猜你喜欢|延伸阅读)/,
  /^(上一篇|下一篇)[:：]/,
];

/** Whole lines that are page furniture wherever they stand. */
export const CHROME_LINES: RegExp[] = [
  /^[|｜\s\-–—_=*·•]*$/,
  /^(展开全部|收起|更多|暂无评论|JSON抓取失败|反馈意见|打印|打印本页|关闭|关闭窗口|收藏|分享|分享到[:：]?.*|返回顶部|扫一扫.*|【?字号[:：].*|【打印】|【关闭】|点赞|阅读原文)$/,
  /^[(（]此件(公开发布|主动公开|不予公开|依申请公开)[)）]$/,
  /^(浏览|阅读|点击)(次数|量)?[:：]\s*\d+\s*次?$/,
  /^\d+$/,
];

/** Labels of the key/value tables that sites put above a document (索引号, 文号, 案由 …). */
export const FIELD_LABELS = new Set([
  '索引号', '主题分类', '发文机关', '发布机构', '成文日期', '发布日期', '发文日期', '文号', '发文字号', '标题',
  '主题词', '有效性', '届次', '编号', '案由', '撰写人', '附议人', '承办单位', '协办单位', '提案人', '领衔人',
  '处理情况', '办理情况', '答复内容', '来源', '作者', '时间', '日期',
]);

/** Labels whose "value" is the document body itself: the label is dropped, the body kept. */
export const BODY_LABELS = new Set(['处理情况', '办理情况', '答复内容', '正文', '内容']);

/** Inline metadata that a page prints as `label: value` (several may share one line). */
export const INLINE_FIELD = /(来源|浏览|发布时间|发布日期|作者|编辑|责任编辑|点击)[:：]\s*([^\s:：]+(?:\s*次)?)/g;

/** Terms that mark a line of search-engine spam (a run of keyword phrases). */
export const SPAM_TERMS = [
  '久草', '色综合', '在线播放', '在线观看', '免费视频', '一区', '二区', '三区', '无码', '有码', '精品专区',
  '日韩', '欧美', '亚洲', '国产', '伦理', '成人', '高清', '影院', '视频', 'av', '中文字幕', '福利', '午夜',
];

/** Lines that only say where the text came from: 本文来自X。 */
export const SOURCE_NOTE = /^(?:本文|本文章|文章|信息)?来[自源](?:于)?[:：]?\s*(.{2,40}?)[。.]?$/;
