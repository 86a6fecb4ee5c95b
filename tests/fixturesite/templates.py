"""Three outlet layouts that turn an `Article` into a whole news page.

Layout "a" is host 0's current layout (`div.detail-content`, sidebar, related news in `div.related-news`
after the body); "b" is the same paper's older layout, kept on its archive pages (`<article class="post">`,
`Tin cùng chuyên mục` below the article); "c" is host 1's paper (`<article class="detail-content">` with
schema.org microdata, `Tin khác` section). Every page has a category menu, breadcrumb, share bar, dateline,
byline, related news naming other people and a footer with the masthead.

`render(article, context)` returns the page as `str`; links in it come from `context` so that they point at
routes the fixture server really serves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

from .articles import Article

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("thoi-su", "Thời sự"),
    ("cong-nghiep", "Công nghiệp"),
    ("thuong-mai", "Thương mại"),
    ("khuyen-cong", "Khuyến công"),
    ("nang-luong", "Năng lượng"),
    ("thi-truong", "Thị trường"),
    ("doanh-nghiep", "Doanh nghiệp"),
    ("kinh-te-so", "Kinh tế số"),
    ("dia-phuong", "Địa phương"),
    ("phap-luat", "Pháp luật"),
    ("y-kien", "Ý kiến"),
    ("media", "Media"),
)
CATEGORY_NAMES = dict(CATEGORIES)


@dataclass(frozen=True)
class Outlet:
    name: str
    masthead: tuple[str, ...]  # footer lines
    footer_names: tuple[str, ...]  # people named in the footer (boilerplate)


OUTLETS: dict[str, Outlet] = {
    "a": Outlet(
        name="Công nghiệp và Đời sống",
        masthead=(
            "Cơ quan chủ quản: Hội Doanh nghiệp Công nghiệp và Thương mại Việt Nam",
            "Tổng biên tập: Hoàng Minh Đức",
            "Phó Tổng biên tập: Vũ Thị Thanh Hương, Lạc Văn Khôi",
            "Giấy phép hoạt động báo điện tử số 215/GP-BTTTT ngày 12/4/2022",
            "Tòa soạn: Tầng 5, số 12 phố Tràng Thi, quận Hoàn Kiếm, Hà Nội",
            "Điện thoại: 024 3936 5218 - Fax: 024 3936 5219 - Email: toasoan@congnghiepdoisong.example",
            "© 2022 - 2026 Công nghiệp và Đời sống. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
        ),
        footer_names=("Hoàng Minh Đức", "Vũ Thị Thanh Hương", "Lạc Văn Khôi"),
    ),
    "b": Outlet(
        name="Công nghiệp và Đời sống",
        masthead=(
            "Cơ quan chủ quản: Hội Doanh nghiệp Công nghiệp và Thương mại Việt Nam",
            "Tổng biên tập: Đinh Công Bằng - Phó Tổng biên tập: Lạc Văn Khôi",
            "Giấy phép số 88/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 05/3/2018",
            "Địa chỉ: Số 12 phố Tràng Thi, quận Hoàn Kiếm, Hà Nội - Điện thoại: 024 3936 5218",
            "Bản quyền © 2018 Công nghiệp và Đời sống. All rights reserved.",
        ),
        footer_names=("Đinh Công Bằng", "Lạc Văn Khôi"),
    ),
    "c": Outlet(
        name="Đồng Bằng Online",
        masthead=(
            "Báo điện tử Đồng Bằng Online - Cơ quan chủ quản: Công ty CP Truyền thông Đồng Bằng",
            "Tổng biên tập: Lâm Văn Sang. Phó Tổng biên tập phụ trách: Thái Thị Mỹ Duyên",
            "Giấy phép số 412/GP-BTTTT. Địa chỉ: 86 đường 30 Tháng 4, quận Ninh Kiều, TP Cần Thơ",
            "Điện thoại: 0292 3812 456 - Đường dây nóng: 0909 123 456",
            "Copyright © 2019 - 2024 Đồng Bằng Online. Không sao chép khi chưa được sự đồng ý.",
        ),
        footer_names=("Lâm Văn Sang", "Thái Thị Mỹ Duyên"),
    ),
    "bench": Outlet(
        name="Tin Công Thương Vùng",
        masthead=(
            "Trang tin điện tử tổng hợp Tin Công Thương Vùng - Cơ quan chủ quản: Hội Khuyến công Vùng",
            "Chịu trách nhiệm nội dung: Triệu Minh Khôi",
            "Địa chỉ: 15 đường Lê Lợi, TP Huế - Điện thoại: 0234 3822 111",
            "© Tin Công Thương Vùng.",
        ),
        footer_names=("Triệu Minh Khôi",),
    ),
}

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


@dataclass(frozen=True)
class Context:
    """Where a page's links go: related-news hrefs (one per related title) and the "most read" box."""

    related_hrefs: tuple[str, ...]
    most_read: tuple[tuple[str, str], ...]  # (href, title)
    site_name: str | None = None  # overrides the outlet's name (bench hosts)


def boilerplate_names(article: Article) -> list[str]:
    return [*article.related_names, *OUTLETS[article.layout].footer_names]


def render(article: Article, context: Context) -> str:
    layouts = {"a": _layout_a, "b": _layout_b, "c": _layout_c, "bench": _layout_c}
    return layouts[article.layout](article, context)


def _when(article: Article) -> datetime:
    return datetime.fromisoformat(article.published)


def _dateline(article: Article, shape: str) -> str:
    when = _when(article)
    return shape.format(weekday=WEEKDAYS[when.weekday()], d=when)


def _head(article: Article, outlet_name: str, charset_tag: str, extra: str = "") -> str:
    lead = article.sapo.split(" - ", 1)[-1]
    return f"""<head>
{charset_tag}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(article.title)} | {escape(outlet_name)}</title>
<meta name="description" content="{escape(lead)}">
<meta name="keywords" content="khuyến công, công thương, {escape(CATEGORY_NAMES[article.section].lower())}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{escape(outlet_name)}">
<meta property="og:title" content="{escape(article.title)}">
<meta property="og:description" content="{escape(lead)}">
<meta property="og:image" content="/image.png">
<meta property="article:published_time" content="{article.published}">
<meta property="article:section" content="{escape(CATEGORY_NAMES[article.section])}">
<link rel="canonical" href="{article.route}">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">
<link rel="stylesheet" href="/static/style.css">
{extra}</head>"""


def _charset_tag(article: Article, http_equiv: bool) -> str:
    if article.meta_charset is None:
        return ""
    if http_equiv:
        return f'<meta http-equiv="Content-Type" content="text/html; charset={article.meta_charset}">'
    return f'<meta charset="{article.meta_charset}">'


def _nav(indent: str = "      ") -> str:
    items = [f'{indent}<li><a href="/">Trang chủ</a></li>']
    items += [f'{indent}<li><a href="/chuyen-muc/{slug}.html">{escape(name)}</a></li>' for slug, name in CATEGORIES]
    return "\n".join(items)


def _paragraphs(article: Article, indent: str) -> str:
    return "\n".join(f"{indent}<p>{escape(p, quote=False)}</p>" for p in article.paragraphs)


def _related(article: Article, context: Context, indent: str, date_shape: str) -> str:
    when = _when(article)
    rows = []
    for i, (title, href) in enumerate(zip(article.related, context.related_hrefs, strict=True)):
        date = (when - timedelta(days=2 * i + 1)).strftime(date_shape)
        rows.append(f'{indent}<li><a href="{href}">{escape(title)}</a> <span class="time">{date}</span></li>')
    return "\n".join(rows)


def _most_read(context: Context, indent: str) -> str:
    return "\n".join(f'{indent}<li><a href="{href}">{escape(title)}</a></li>' for href, title in context.most_read)


def _share(article: Article) -> str:
    target = "https%3A%2F%2Fcongnghiepdoisong.example" + article.route.replace("/", "%2F")
    return (
        '<span class="label">Chia sẻ</span> '
        f'<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={target}" rel="nofollow">Facebook</a> '
        f'<a class="zalo" href="https://sp.zalo.me/share_inline?u={target}" rel="nofollow">Zalo</a> '
        '<a class="copy" href="#" rel="nofollow">Sao chép link</a> <a class="print" href="#" rel="nofollow">In bài</a>'
    )


def _masthead(outlet: Outlet, indent: str) -> str:
    return "\n".join(f"{indent}<p>{escape(line)}</p>" for line in outlet.masthead)


def _layout_a(article: Article, context: Context) -> str:
    outlet = OUTLETS["a"]
    section = CATEGORY_NAMES[article.section]
    today = (_when(article) + timedelta(days=1)).strftime("%d/%m/%Y")
    return f"""<!DOCTYPE html>
<html lang="vi">
{_head(article, outlet.name, _charset_tag(article, http_equiv=article.meta_charset != "utf-8"))}
<body class="page-detail">
<div class="topbar">
  <div class="container">
    <span class="today">Hôm nay: {today}</span>
    <a href="#" class="login">Đăng nhập</a> | <a href="#" class="register">Đăng ký nhận bản tin</a>
    <form class="search" action="/" method="get"><input name="q" placeholder="Tìm kiếm"></form>
  </div>
</div>
<header class="header">
  <div class="container">
    <a class="logo" href="/"><img src="/image.png" alt="{escape(outlet.name)}"></a>
    <nav class="main-nav">
      <ul>
{_nav("        ")}
      </ul>
    </nav>
  </div>
</header>
<main class="container">
  <ol class="breadcrumb">
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/chuyen-muc/{article.section}.html">{escape(section)}</a></li>
  </ol>
  <div class="row">
    <div class="col-main">
      <h1 class="detail-title">{escape(article.title)}</h1>
      <div class="detail-meta">
        <span class="dateline">{_dateline(article, "{weekday}, {d:%d/%m/%Y %H:%M} (GMT+7)")}</span>
        <span class="byline">Tác giả: <a href="#" rel="author">{escape(article.author)}</a></span>
      </div>
      <div class="share-bar top">{_share(article)}</div>
      <div class="detail-content">
        <p class="sapo"><strong>{escape(article.sapo, quote=False)}</strong></p>
        <figure class="image"><img src="/image.png" alt=""><figcaption>Quang cảnh sự kiện. Ảnh: CNĐS</figcaption></figure>
{_paragraphs(article, "        ")}
        <p class="author-name" style="text-align:right"><strong>{escape(article.author)}</strong></p>
      </div>
      <div class="share-bar bottom">{_share(article)}</div>
      <div class="detail-tags">Từ khóa: <a href="/chuyen-muc/{article.section}.html">{escape(section)}</a> <a href="/chuyen-muc/dia-phuong.html">Địa phương</a></div>
      <div class="related-news">
        <h3 class="box-title">Tin liên quan</h3>
        <ul>
{_related(article, context, "          ", "%d/%m/%Y")}
        </ul>
      </div>
    </div>
    <aside class="col-sidebar">
      <div class="box-most-read">
        <h3 class="box-title">Đọc nhiều</h3>
        <ol>
{_most_read(context, "          ")}
        </ol>
      </div>
      <div class="box-newsletter">Đăng ký nhận bản tin Công nghiệp và Đời sống mỗi sáng qua email.</div>
    </aside>
  </div>
</main>
<footer class="footer">
  <div class="container">
    <ul class="footer-nav"><li><a href="/">Trang chủ</a></li><li><a href="/rss.xml">RSS</a></li><li><a href="https://www.facebook.com/congnghiepdoisong.example" rel="nofollow">Facebook</a></li></ul>
{_masthead(outlet, "    ")}
  </div>
</footer>
<script src="/static/app.js" defer></script>
</body>
</html>
"""


def _layout_b(article: Article, context: Context) -> str:
    outlet = OUTLETS["b"]
    section = CATEGORY_NAMES[article.section]
    return f"""<!DOCTYPE html>
<html lang="vi">
{_head(article, outlet.name, _charset_tag(article, http_equiv=True))}
<body>
<div id="wrapper">
  <div id="header">
    <div class="banner"><a href="/"><img src="/image.png" alt="{escape(outlet.name)}" width="300" height="60"></a></div>
    <div id="menu">
      <ul class="menu-top">
{_nav("        ")}
      </ul>
    </div>
  </div>
  <div id="content">
    <div class="path"><a href="/">Trang chủ</a> &raquo; <a href="/chuyen-muc/{article.section}.html">{escape(section)}</a></div>
    <article class="post">
      <header>
        <h1 class="post-title">{escape(article.title)}</h1>
        <p class="post-meta">Cập nhật: {_dateline(article, "{d:%H:%M}, {d:%d/%m/%Y}")} | <span class="byline">{escape(article.author)}</span></p>
      </header>
      <div class="social-share">{_share(article)}</div>
      <div class="post-body">
        <p class="lead"><b>{escape(article.sapo, quote=False)}</b></p>
{_paragraphs(article, "        ")}
        <p align="right"><b>{escape(article.author)}</b></p>
      </div>
    </article>
    <div class="related-news box-other">
      <h4>Tin cùng chuyên mục</h4>
      <ul>
{_related(article, context, "        ", "(%d/%m/%Y)")}
      </ul>
    </div>
    <div class="box-hot">
      <h4>Tin đọc nhiều</h4>
      <ul>
{_most_read(context, "        ")}
      </ul>
    </div>
  </div>
  <div id="footer">
    <table width="100%"><tr><td class="footer-info">
{_masthead(outlet, "      ")}
    </td></tr></table>
  </div>
</div>
</body>
</html>
"""


def _layout_c(article: Article, context: Context) -> str:
    outlet = OUTLETS[article.layout]
    name = context.site_name or outlet.name
    section = CATEGORY_NAMES[article.section]
    credit = f'\n        <p class="source"><em>{escape(article.credit)}</em></p>' if article.credit else ""
    return f"""<!doctype html>
<html lang="vi">
{_head(article, name, _charset_tag(article, http_equiv=False), f'<meta name="author" content="{escape(article.author)}">' + chr(10))}
<body>
<header id="site-header">
  <div class="top-links">{_dateline(article, "{weekday}, {d:%d/%m/%Y}")} | <a href="/rss.xml">RSS</a> | <a href="#">Liên hệ quảng cáo</a></div>
  <div class="brand"><a href="/">{escape(name.upper())}</a></div>
  <nav id="nav">
    <ul>
{_nav("      ")}
    </ul>
  </nav>
</header>
<div id="main" class="wrap">
  <div class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="/chuyen-muc/{article.section}.html">{escape(section)}</a></div>
  <div class="news-detail" itemscope itemtype="https://schema.org/NewsArticle">
    <h1 itemprop="headline">{escape(article.title)}</h1>
    <div class="info">
      <time itemprop="datePublished" datetime="{article.published}">{_dateline(article, "{weekday}, {d:%d/%m/%Y} - {d:%H:%M}")}</time>
    </div>
    <div class="toolbar">{_share(article)} | Cỡ chữ <a href="#">A-</a> <a href="#">A+</a></div>
    <article class="detail-content" itemprop="articleBody">
      <p class="sapo"><strong>{escape(article.sapo, quote=False)}</strong></p>
{_paragraphs(article, "      ")}{credit}
      <p class="author" itemprop="author">{escape(article.author)}</p>
    </article>
  </div>
  <section class="other-news related-news">
    <h2>Tin khác</h2>
    <ul>
{_related(article, context, "      ", "%d/%m")}
    </ul>
  </section>
  <section class="most-view">
    <h2>Xem nhiều</h2>
    <ul>
{_most_read(context, "      ")}
    </ul>
  </section>
</div>
<footer id="footer">
{_masthead(outlet, "  ")}
</footer>
</body>
</html>
"""
