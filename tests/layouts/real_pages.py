"""Ten page families modelled on the structures of real Vietnamese news pages and portals, as kept in public
code (site-selector tables of Vietnamese readers and crawlers, test fixtures of real article pages, portal
templates) and read through the tool library; the element names, nesting and order follow what those files
show, the text is vnie's own (no code or text copied). Each docstring names the structure and the file it
follows. The boilerplate names its own people (`REAL_BOILERPLATE_PEOPLE`), all invented.

Files read (repository:path, or the library's file id where the index gave no path):
- Vietnamese site-selector table (`KnownSites_`: title/date/lead/content/caption/remove selectors for
  tuoitre, cafebiz, cafef, thanhnien, vnexpress, vtc, vietnamnet, kenh14, genk, zing, laodong, dantri,
  baomoi): library file id 1705553421.
- A Go test fixture mirroring tuoitre.vn article pages (2026): library file id 70515103238.
- dantri's `singular-container` page: datgin/dan_tri:backend/resources/views/frontend/page/detailBlog.blade.php.
- A Liferay ministry portal detail template: LocpxLifetek/liferay_update:modules/goverment/src/main/resources/
  META-INF/resources/detailBoCongAn.jsp; a Liferay VCMS portal view (table `chanel-news`, `title01`,
  `hot-line` lead, `Các tin khác:`), found by the code search without a path.
- Crawlers of dantri's e-magazine and photo-story pages: library file ids 6832258491, 6897490487, 53839823194.
"""

from __future__ import annotations

import json

from tests.layouts.pages import PageArticle, dmy, e, weekday

REAL_BOILERPLATE_PEOPLE = ("Tăng Văn Lực", "Lữ Thị Nhàn", "Văn Đình Thuấn", "Cung Thị Mận", "Bạch Văn Toại",
                           "Hầu Thị Xuyến", "Khổng Minh Tiệp", "Lạc Văn Thông", "Chu Thị Gấm", "Đậu Văn Hoan",
                           "Giang Thị Thắm", "Tòng Văn Pấng", "Phùng Văn Tài", "Ứng Thị Loan", "Sần Văn Chìu")


def _photo(caption: str, tag: str = "figure", caption_tag: str = "figcaption") -> str:
    return (f'<{tag} class="VCSortableInPreviewMode" type="Photo"><div><img src="/p.jpg" w="2560" h="1707" '
            f'alt="Ảnh 1." type="photo"></div><{caption_tag} class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">'
            f"{e(caption)}</p></{caption_tag}></{tag}>")


def vccorp_detail(a: PageArticle) -> str:
    """A national paper on the VCCorp CMS (tuoitre/cafebiz style, library file ids 70515103238 and 1705553421):
    the date in `div.detail-time` ABOVE the `<h1 data-role="title">` as `dd/mm/yyyy HH:MM GMT+7`, the author
    block with avatar links, the sapo in `h2.detail-sapo` outside the body container, photos as
    `figure.VCSortableInPreviewMode[type=Photo]` with `figcaption.PhotoCMS_Caption`, a `RelatedNewsBox` and a
    `RelatedOneNews` box (another article's title and sapo) INSIDE `div.detail-content`, a comment section."""
    paras = [f"<p>{e(p)}</p>" for p in a.paragraphs[1:]]
    for caption in a.captions:
        paras.insert(0, _photo(f"{caption} - Ảnh: PV"))
    paras.insert(min(2, len(paras)), '<div class="VCSortableInPreviewMode alignRight" type="RelatedNewsBox"><ul><li>'
                 '<a href="/k1.htm"><img src="/r.jpg" alt="liên quan"></a><h4><a href="/k1.htm">Phó Chủ tịch UBND tỉnh '
                 'Tăng Văn Lực kiểm tra dự án 1.500 tỷ đồng</a></h4><a href="/k1.htm"><span>ĐỌC NGAY</span></a></li></ul></div>')
    paras.insert(max(1, len(paras) - 1), '<div type="RelatedOneNews" class="VCSortableInPreviewMode"><a href="/k2.htm">'
                 '<img src="/r2.jpg"></a><a class="OneNewsTitle" href="/k2.htm">Khai mạc Hội chợ Công Thương 2018</a>'
                 '<p class="VCObjectBoxRelatedNewsItemSapo">Giám đốc Sở Công Thương Lữ Thị Nhàn cho biết hội chợ có 420 '
                 'gian hàng của 300 doanh nghiệp.</p></div>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="author" content="TUOI TRE CONG THUONG">
<meta property="og:type" content="article"><title>{e(a.title)} - Tuổi Trẻ Công Thương</title></head><body>
<div class="header"><a class="logo" href="/">Tuổi Trẻ Công Thương</a><ul class="menu-nav"><li><a href="/">Thời sự</a></li></ul></div>
<div class="detail-container"><div class="detail-top"><div class="detail-cate"><a href="/kinh-doanh.htm">Kinh doanh</a></div>
<div class="detail-time"><div data-role="publishdate">{dmy(a.published)} {a.published:%H:%M} GMT+7</div></div></div>
<h1 class="detail-title article-title" data-role="title">{e(a.title)}</h1>
<div class="detail-author oneauthor" data-role="author"><div class="groupavtauthor"><a class="avata" title="{e(a.author)}"><img class="avt isauthor" src="" alt="tác giả"></a></div>
<div class="author-info"><a class="name" title="{e(a.author)}">{e(a.author)}</a></div></div>
<h2 class="detail-sapo" data-role="sapo">{e(a.paragraphs[0])}</h2>
<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">{"".join(paras)}</div>
<div class="box-author-detail"><div class="detail-author-bot" data-role="author"><a class="name" title="{e(a.author)}">{e(a.author)}</a></div></div></div>
<section class="comment-wrapper"><h3>Bình luận (2)</h3><p>Văn Đình Thuấn: Đề nghị Chủ tịch UBND huyện Văn Đình Thuấn hỗ trợ 40 hộ dân.</p></section></div>
<div class="footer">Tổng biên tập: Cung Thị Mận. Giấy phép số 561/GP-BTTTT.</div></body></html>"""


def kenh_knc(a: PageArticle) -> str:
    """A VCCorp magazine page (kenh14/genk, library file id 1705553421): `h1.kbwc-title`, a meta line with
    `span.kbwcm-author`, `span.kbwcm-source` and `span.kbwcm-time` showing a relative time ("3 giờ trước")
    whose `title` attribute holds the real date, the sapo in `h2.knc-sapo` inside `div.klw-new-content`, the
    body in `div.knc-content` with photo boxes and a `knc-relate-wrapper` inside it, `link-content-footer`."""
    paras = [f"<p>{e(p)}</p>" for p in a.paragraphs[1:]]
    for caption in a.captions:
        paras.insert(1, _photo(caption, "div", "div"))
    paras.insert(len(paras) // 2, '<div class="knc-relate-wrapper"><ul><li><a href="/r1.chn">Bí thư Tỉnh ủy Bạch Văn Toại '
                 'dự lễ khánh thành nhà máy 250 MW</a></li><li><a href="/r2.chn">Hội nghị xúc tiến thương mại 2017 thu hút '
                 '80 doanh nghiệp</a></li></ul></div>')
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a.title)}</title>
<meta property="og:title" content="{e(a.title)}"></head><body>
<div class="kbw-header"><a href="/">Trang Tin Kỹ Thuật</a><div class="kbwh-time">Thứ Hai, 30/11/2026</div></div>
<div class="kbw-content"><div class="kbwcb-left"><div class="kbwc-header"><h1 class="kbwc-title">{e(a.title)}</h1>
<div class="kbwc-meta"><span class="kbwcm-author">{e(a.author)},</span> <span class="kbwcm-source">Theo Trí Thức Công Nghiệp</span>
<span class="kbwcm-time" title="{a.published:%Y-%m-%dT%H:%M:%S}">3 giờ trước</span></div></div>
<div class="klw-new-content"><h2 class="knc-sapo">{e(a.paragraphs[0])}</h2>
<div class="knc-content">{"".join(paras)}</div>
<div class="link-content-footer"><a href="/x.chn">Xem thêm: Phó Giám đốc Sở Hầu Thị Xuyến trao 3 tỷ đồng hỗ trợ</a></div></div></div>
<div class="kbwcb-right"><div class="knd-hotnews"><h3>Tin nóng</h3><a href="/h.chn">Giám đốc Khổng Minh Tiệp công bố dự án 90 triệu USD</a></div></div></div>
<div class="kbw-footer">Chịu trách nhiệm quản lý nội dung: Lạc Văn Thông</div></body></html>"""


def zing_body_tables(a: PageArticle) -> str:
    """A national paper of the zing shape (library file id 1705553421): `h1.the-article-title`, the date in
    `li.the-article-publish` as `HH:MM dd/mm/yyyy`, the lead in `p.the-article-summary`, the body
    `div.the-article-body` with captions in `table.picture` (`td.pCaption`) and a related article INSIDE the
    body as `table.article` (title and summary naming an official), the credit `div.the-article-credit`
    after the body, tags."""
    paras = [f"<p>{e(p)}</p>" for p in a.paragraphs[1:]]
    for caption in a.captions:
        paras.insert(1, f'<table class="picture" align="center"><tbody><tr><td class="pic"><img src="/z.jpg"></td></tr>'
                        f'<tr><td class="pCaption caption">{e(caption)} Ảnh: <em>Hoàng Hà</em>.</td></tr></tbody></table>')
    paras.insert(len(paras) // 2 + 1, '<table class="article"><tbody><tr><td><a href="/t1.html"><img src="/t.jpg"></a></td>'
                 '<td><p class="title"><a href="/t1.html">Chu Thị Gấm làm Phó Chủ tịch UBND tỉnh</a></p><p class="summary">'
                 'Bà Chu Thị Gấm, Phó Chủ tịch UBND tỉnh, cho biết năm 2016 tỉnh thu hút 2.400 tỷ đồng vốn đầu tư.</p></td></tr>'
                 '</tbody></table>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(a.title)} - Tin tức Kinh tế</title></head><body>
<header class="site-header"><a href="/" class="logo">Tin tức Kinh tế</a></header>
<div class="page-wrapper"><div class="main"><article class="the-article"><header class="the-article-header">
<p class="the-article-category"><a href="/kinh-doanh.html">Kinh doanh</a></p><h1 class="the-article-title">{e(a.title)}</h1>
<ul class="the-article-meta"><li class="the-article-author">{e(a.author)}</li><li class="the-article-publish">{a.published:%H:%M} {dmy(a.published)}</li></ul></header>
<p class="the-article-summary">{e(a.paragraphs[0])}</p>
<div class="the-article-body">{"".join(paras)}</div>
<div class="the-article-credit"><p class="author">{e(a.author)}</p></div>
<p class="the-article-tags"><strong>Chủ đề:</strong> <a href="/t/1">Khuyến công</a></p></article></div>
<div class="sidebar"><h3>Đọc nhiều</h3><p><a href="/n">Giám đốc Sở Tài chính Đậu Văn Hoan công bố 700 tỷ đồng</a></p></div></div>
<footer>Tổng biên tập: Giang Thị Thắm</footer></body></html>"""


def split_containers(a: PageArticle) -> str:
    """A paper whose body is spread over sibling containers split by an ad slot and a "Đọc thêm" box (the vtc
    and cafef shapes, library file id 1705553421: ad blocks `adbro-sm`/`adv`, `explus_related_*` boxes,
    `p` lines with `>>>` or `Đọc thêm:` inside `#content_detail`), the lead in `h2.single-excerpt`, the date
    as `.post-date` with `Thứ ..., dd/mm/yyyy | HH:MM`."""
    rest = a.paragraphs[1:]
    third = max(1, len(rest) // 3)
    parts = [rest[:third], rest[third:2 * third], rest[2 * third:]]
    boxes = ['<div class="adbro-sm adv"><ins class="adsbygoogle" data-ad-slot="1"></ins><p>Quảng cáo</p></div>',
             '<div class="explus_related_1404022217 box-docthem"><p><b>Đọc thêm:</b> <a href="/d1.html">Tòng Văn Pấng, Giám đốc '
             'Trung tâm Khuyến công, trao 1,2 tỷ đồng cho 30 cơ sở</a></p><p>&gt;&gt;&gt; <a href="/d2.html">Phó Chủ tịch UBND '
             'tỉnh Phùng Văn Tài dự Hội thảo công nghiệp hỗ trợ 2015</a></p></div>']
    body = ""
    for index, part in enumerate(parts):
        if part:
            body += f'<div class="edittor-content box-cont">{"".join(f"<p>{e(p)}</p>" for p in part)}</div>'
        if index < len(boxes):
            body += boxes[index]
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a.title)} | Báo Điện tử Công Nghiệp Việt</title>
<meta property="og:title" content="{e(a.title)}"></head><body>
<div class="header"><a href="/">Báo Điện tử Công Nghiệp Việt</a></div>
<div class="container"><div class="col-single"><h1>{e(a.title)}</h1>
<div class="post-date">{weekday(a.published)}, {dmy(a.published)} | {a.published:%H:%M}</div>
<h2 class="single-excerpt">{e(a.paragraphs[0])}</h2>
<div id="content_detail">{body}<p style="text-align:right"><strong>{e(a.author)}</strong></p></div>
<div class="single-tags">Từ khóa: <a href="/t">công thương</a></div></div>
<div class="col-right"><div class="box-hot"><h3>Tin nổi bật</h3><a href="/x">Chủ tịch UBND tỉnh Ứng Thị Loan thăm 12 doanh nghiệp</a></div></div></div>
<div class="footer">Tổng biên tập: Sần Văn Chìu. Giấy phép số 77/GP-BTTTT</div></body></html>"""


def vietnamnet_inner(a: PageArticle) -> str:
    """A national paper of the vietnamnet shape (library file id 1705553421): `.ArticleDetail h1.title`, the
    date in `.ArticleDateTime .ArticleDate` as `dd/mm/yyyy  HH:MM (GMT+07:00)`, `#ArticleContent` whose first
    paragraph is bold (the lead, inside the body), captions as `.image_desc` in picture tables, an
    `inner-article` related box and a sponsor box (`box-taitro`) inside the body, and `<div>`s holding only
    links (other articles) after it."""
    paras = [f"<p><strong>{e(a.paragraphs[0])}</strong></p>"] + [f"<p>{e(p)}</p>" for p in a.paragraphs[1:]]
    for caption in a.captions:
        paras.insert(2, f'<table class="ImageBox" align="center"><tr><td><img src="/v.jpg"></td></tr>'
                        f'<tr><td class="image_desc">{e(caption)}</td></tr></table>')
    paras.insert(len(paras) // 2, '<div class="inner-article"><a href="/i1.html"><img src="/i.jpg"></a><a href="/i1.html">'
                 'Thứ trưởng Lữ Thị Nhàn: Xuất khẩu năm 2019 có thể đạt 280 tỷ USD</a></div>')
    paras.append('<div class="box-taitro"><span>Tài trợ</span><a href="/ad">Khổng Minh Tiệp giới thiệu gói vay 5 tỷ đồng</a></div>')
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a.title)} - Kinh tế Mạng</title></head><body>
<div class="top-header"><a href="/">Kinh tế Mạng</a> <span class="today">Thứ Hai, 30/11/2026</span></div>
<div class="ArticleDetail"><div class="breadcrumb"><a href="/kinh-te">Kinh tế</a></div><h1 class="title">{e(a.title)}</h1>
<div class="ArticleDateTime"><span class="ArticleDate">{dmy(a.published)}  {a.published:%H:%M} (GMT+07:00)</span></div>
<div id="ArticleContent" class="ArticleContent">{"".join(paras)}<p style="text-align:right"><strong>{e(a.author)}</strong></p></div>
<div><a href="/o1.html">Tăng Văn Lực được bầu làm Chủ tịch HĐND tỉnh</a></div><div><a href="/o2.html">Hội chợ hàng Việt 2019 có 600 gian hàng</a></div></div>
<div class="footer">Tổng biên tập: Bạch Văn Toại</div></body></html>"""


def liferay_two_h1(a: PageArticle) -> str:
    """A ministry or department portal on Liferay (LocpxLifetek/liferay_update:.../detailBoCongAn.jsp): TWO
    `<h1>` (the portal's name in the banner, then the article's title in `div.detailBlogs div.title`),
    a `<title>` naming only the section, breadcrumbs in `div.box-dieuhuong`, the date in a `<span>` under
    the title as `Ngày đăng: dd/mm/yyyy HH:MM`, the body in `div.journal-content-article`, `Tin cùng
    chuyên mục` and a leaders box after it."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin tức - Sự kiện</title></head><body>
<div id="banner"><h1 class="site-title"><a href="/"><img src="/logo.png" alt="">Cổng thông tin điện tử Sở Công Thương tỉnh Hòa Bình</a></h1></div>
<div class="menu-submenu"><div class="box-dieuhuong"><div class="trangchu"><a href="/">Trang chủ</a></div><div class="trangchu"><a href="/tintucsukien">Tin tức sự kiện</a></div></div></div>
<div class="portlet-body"><div class="detailBlogs"><div class="title"><h1>{e(a.title)}</h1>
<span style="opacity: 0.6;">Ngày đăng: {dmy(a.published)} {a.published:%H:%M}</span></div>
<div class="journal-content-article">{"".join(f'<p style="text-align: justify;">{e(p)}</p>' for p in a.paragraphs)}
<p style="text-align: right;"><strong>{e(a.author)}</strong></p></div>
<div class="asset-more"><h3>Tin cùng chuyên mục</h3><ul><li><a href="/a1">Phó Giám đốc Sở Văn Đình Thuấn kiểm tra 15 cửa hàng xăng dầu (12/02/2016)</a></li>
<li><a href="/a2">Hội nghị tổng kết công tác năm 2015 (05/01/2016)</a></li></ul></div></div>
<div class="lanhdao-so"><h3>Lãnh đạo Sở</h3><p>Giám đốc Sở: Cung Thị Mận</p><p>Phó Giám đốc Sở: Hầu Thị Xuyến</p></div></div>
<div id="footer">Cơ quan chủ quản: Sở Công Thương tỉnh Hòa Bình. Chịu trách nhiệm chính: Cung Thị Mận, Giám đốc Sở</div></body></html>"""


def vcms_table_portal(a: PageArticle) -> str:
    """An older provincial portal on a Liferay VCMS portlet (found by the code search: table `chanel-news`,
    `p.title01`, `span.time`, the lead in `b.hot-line`, then `Các tin khác:` as `p.org2` links with dates),
    inside a three-column table layout with a menu on the left and a leaders list on the right; `<title>`
    names only the portal."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Trang thông tin điện tử Trung tâm Khuyến công</title></head><body>
<table width="1000" cellpadding="0" cellspacing="0"><tr><td colspan="3"><img src="/banner.jpg"></td></tr><tr>
<td width="200" valign="top"><div class="menu-left"><a href="/">Trang chủ</a><br><a href="/gt">Giới thiệu</a><br><a href="/kc">Khuyến công</a></div></td>
<td width="580" valign="top"><p class="bread-crum no-top"><a href="/kc">Hoạt động khuyến công</a></p>
<table width="98%" class="chanel-news no-bot j-align" border="0" cellspacing="0" cellpadding="0"><tr><td>
<p class="title01 f-s16 no-top">{e(a.title)}</p><span class="time">{dmy(a.published)} {a.published:%H:%M}</span>
<div class="n-img"><img src="/n.jpg" width="115" height="99"></div>
<b class="hot-line m5">{e(a.paragraphs[0])}</b>
{"".join(f"<p>{e(p)}</p>" for p in a.paragraphs[1:])}<p align="right"><b>{e(a.author)}</b></p></td></tr><tr><td>&nbsp;</td></tr></table>
<p class="no-bot"><b class="news-other"><u>Các tin khác:</u></b></p>
<p class="org2 indent u"><a href="/o1">Giám đốc Trung tâm Lạc Văn Thông nghiệm thu 8 đề án khuyến công</a> (20/10/2015)<br>
<a href="/o2">Hội chợ hàng công nghiệp nông thôn tiêu biểu 2015 có 250 gian hàng</a> (12/10/2015)</p></td>
<td width="220" valign="top"><div class="box-lanhdao"><b>LÃNH ĐẠO TRUNG TÂM</b><br>Giám đốc: Lạc Văn Thông<br>Phó Giám đốc: Chu Thị Gấm</div></td></tr>
<tr><td colspan="3" align="center">Trung tâm Khuyến công. Giám đốc: Lạc Văn Thông. Điện thoại: 0218 3852 111</td></tr></table></body></html>"""


def xhtml_paged(a: PageArticle) -> str:
    """An old XHTML portal page: an `<?xml ... encoding="iso-8859-1"?>` prolog and a `<meta>` declaring
    `iso-8859-1` on a page served as UTF-8 (a mis-declared charset), the title in `span.tieude`, the dateline
    `Cập nhật lúc HH:MM, Thứ ..., dd/mm/yyyy`, a pager `Trang: 1 2 3 Tiếp »` and `Bản in | Gửi email`
    tools after the body (the ASP portals of provincial departments; the structure of the `chanel-news`
    portlet above with the older markup)."""
    return f"""<?xml version="1.0" encoding="iso-8859-1"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>Sở Công Thương - Tin tức</title></head><body>
<div id="header"><img src="/top.jpg" alt="" /></div><div id="menu"><a href="/">Trang chủ</a> | <a href="/tt">Tin tức</a> | <a href="/vb">Văn bản</a></div>
<div id="main"><div class="chitiet"><span class="tieude">{e(a.title)}</span><br />
<span class="ngay">Cập nhật lúc {a.published:%H:%M}, {weekday(a.published)}, {dmy(a.published)}</span>
<div class="noidung">{"".join(f"<p>{e(p)}</p>" for p in a.paragraphs)}<p align="right"><b>{e(a.author)}</b></p></div>
<div class="phantrang">Trang: <b>1</b> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Tiếp »</a></div>
<div class="congcu"><a href="/in">Bản in</a> | <a href="/mail">Gửi email</a> | <a href="#top">Về đầu trang</a></div>
<div class="tinkhac"><b>Các tin đã đưa:</b><br /><a href="/k1">Đậu Văn Hoan, Phó Giám đốc Sở, kiểm tra 20 chợ (03/03/2014)</a></div></div></div>
<div id="footer">Bản quyền thuộc Sở Công Thương. Giám đốc: Đậu Văn Hoan</div></body></html>"""


def next_data(a: PageArticle) -> str:
    """A script-rendered page (Next.js) whose HTML holds only the title, the sapo and an empty body shell;
    the article is in `<script id="__NEXT_DATA__" type="application/json">` (`props.pageProps.article`:
    `title`, `sapo`, `content` as HTML, `publishedAt`), as the newer national papers' front ends ship it;
    the sidebar of the HTML names other people. The shell and its JSON blob follow the `jsonld_only` family's
    shape with the body as an HTML string inside application JSON instead of JSON-LD."""
    article = {"id": a.key, "title": a.title, "sapo": a.paragraphs[0],
               "content": "".join(f"<p>{e(p)}</p>" for p in a.paragraphs[1:]),
               "publishedAt": f"{a.published:%Y-%m-%dT%H:%M:%S}+07:00", "author": {"name": a.author},
               "related": [{"title": "Thứ trưởng Giang Thị Thắm dự Diễn đàn 2020 về 35 tỷ USD xuất khẩu"}]}
    data = {"props": {"pageProps": {"article": article}}, "page": "/[slug]", "buildId": "b1"}
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(a.title)} | Công Thương Số</title>
<meta property="og:title" content="{e(a.title)}"></head><body><div id="__next"><header class="site-header"><a href="/">Công Thương Số</a></header>
<main><h1 class="article-title">{e(a.title)}</h1><p class="article-sapo">{e(a.paragraphs[0])}</p>
<div class="article-content"><div class="skeleton-line"></div><div class="skeleton-line"></div></div></main>
<aside><h3>Đọc nhiều</h3><p>Phó Chủ tịch UBND tỉnh Tòng Văn Pấng dự Lễ khởi công nhà máy 600 tỷ đồng</p></aside></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script></body></html>"""


def emagazine(a: PageArticle) -> str:
    """A longform e-magazine page of the dantri shape (library file ids 6832258491, 6897490487, 53839823194:
    `article.e-magazine.d-magazine`, the `<h1>` holding only the cover picture whose `alt` is the title,
    `e-magazine__maincate`, `e-magazine__meta` with the team credit and `time.author-time`, the sapo in
    `h2.e-magazine__sapo` opened by the paper's name in brackets, `div.e-magazine__body` with section
    headings' pictures full width and their captions, the credits box `e-magazine__info` after the body)."""
    paras = [f"<p>{e(p)}</p>" for p in a.paragraphs[1:]]
    for caption in a.captions:
        paras.insert(1, f'<figure class="image align-center full-width"><img src="/full.jpg" alt=""><figcaption><p>{e(caption)}</p>'
                        f'</figcaption></figure>')
    paras.insert(0, '<figure class="image full-width"><img src="/sec1.jpg" alt=""></figure>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(a.title)} | Báo Công Nghiệp Điện Tử</title></head><body>
<header class="header"><a href="/" class="logo">Báo Công Nghiệp Điện Tử</a><nav><a href="/emagazine.htm">eMagazine</a></nav></header>
<main><article class="e-magazine d-magazine"><h1 class="e-magazine__title"><img src="/cover.jpg" alt="{e(a.title)}"></h1>
<div class="e-magazine__maincate"><a href="/kinh-doanh.htm">Kinh doanh</a></div>
<div class="e-magazine__meta"><span class="author-name">Thực hiện: Nhóm phóng viên Kinh tế</span>
<time class="author-time" datetime="{a.published:%Y-%m-%d %H:%M}">{dmy(a.published)} - {a.published:%H:%M}</time></div>
<h2 class="e-magazine__sapo">(Công Nghiệp) - {e(a.paragraphs[0])}</h2>
<div class="e-magazine__body">{"".join(paras)}</div>
<div class="e-magazine__info"><p>Nội dung: {e(a.author)}</p><p>Thiết kế: Giang Thị Thắm</p></div></article>
<div class="article-related"><h3>Tin liên quan</h3><a href="/r.htm">Phó Thủ tướng Sần Văn Chìu dự Diễn đàn kinh tế 2018 với 1.000 đại biểu</a></div></main>
<footer>Tổng biên tập: Tăng Văn Lực</footer></body></html>"""


REAL_LAYOUTS = {
    "vccorp_detail": vccorp_detail,
    "kenh_knc": kenh_knc,
    "zing_body_tables": zing_body_tables,
    "split_containers": split_containers,
    "vietnamnet_inner": vietnamnet_inner,
    "liferay_two_h1": liferay_two_h1,
    "vcms_table_portal": vcms_table_portal,
    "xhtml_paged": xhtml_paged,
    "next_data": next_data,
    "emagazine": emagazine,
}
REAL_CAPTIONED = frozenset({"vccorp_detail", "kenh_knc", "zing_body_tables", "vietnamnet_inner", "emagazine"})
