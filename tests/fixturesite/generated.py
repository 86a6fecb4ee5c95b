"""Content made in code: the gzip bomb, a small PDF and PNG, and the benchmark hosts' articles.

`bomb()` is built once, on first use, and cached for the process: a single gzip member (about 210 KB)
that inflates to about 200 MiB of HTML. `bench_article(host, k)` is article k of a benchmark host:
a valid Vietnamese news article assembled from paragraph variants, names, provinces and figures drawn from
a random generator seeded with (host, k), so the same page comes back every time and pages differ.
"""

from __future__ import annotations

import random
import struct
import threading
import zlib
from datetime import datetime, timedelta, timezone

from .articles import Article, Official

BOMB_INFLATED_BYTES = 200 * 1024 * 1024
_bomb: bytes | None = None
_bomb_lock = threading.Lock()


def bomb() -> bytes:
    """Gzip bytes that inflate to BOMB_INFLATED_BYTES of HTML (`<br>` runs compress ~1000:1)."""
    global _bomb
    with _bomb_lock:
        if _bomb is None:
            head = (
                '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Số đặc biệt</title></head><body>\n'
            )
            chunk = (
                "<p>Số đặc biệt: nội dung lặp lại để thử giới hạn giải nén.</p>\n" + "<br>" * 262_000 + "\n"
            ).encode()
            packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
            parts = [packer.compress(head.encode())]
            size = len(head.encode())
            while size + len(chunk) <= BOMB_INFLATED_BYTES:
                parts.append(packer.compress(chunk))
                size += len(chunk)
            rest = BOMB_INFLATED_BYTES - size
            parts.append(packer.compress(b"<br>" * (rest // 4) + b"\n" * (rest % 4)))
            parts.append(packer.flush())
            _bomb = b"".join(parts)
        return _bomb


def _pdf() -> bytes:
    """A one-page PDF 1.4 with a correct xref table."""
    stream = b"BT /F1 18 Tf 72 720 Td (Bao cao thuong nien 2024 - Cong nghiep va Doi song) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _png(width: int = 16, height: int = 16) -> bytes:
    """An RGB PNG: a red and white flag."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + (b"\xda\x25\x1d" if y < height // 2 else b"\xff\xff\xff") * width for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


PDF = _pdf()
PNG = _png()
CSS = b"body{font-family:Arial,sans-serif;margin:0}.container{max-width:1140px;margin:0 auto}\n"
JS = b"document.documentElement.className+=' js';\n"

# ------------------------------------------------------------------------------------------ bench articles
PROVINCES = (
    "Quảng Nam", "Bến Tre", "Hưng Yên", "Tây Ninh", "Yên Bái", "Bình Phước", "Hòa Bình", "Sóc Trăng",
    "Nam Định", "Kon Tum", "Bắc Giang", "Đồng Nai", "Lạng Sơn", "Hậu Giang", "Quảng Ngãi", "Tuyên Quang",
    "Gia Lai", "Thái Bình", "Hà Nam", "Đồng Tháp", "Bình Thuận", "Cao Bằng", "Phú Thọ", "Bạc Liêu",
)  # fmt: skip
SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Phan",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Huỳnh",
)
MIDDLES = ("Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Đức", "Ngọc", "Xuân", "Thế")
GIVEN = (
    "An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khoa", "Lâm", "Nam", "Phong", "Quang", "Sơn", "Tuấn",
    "Vinh", "Trung", "Kiên", "Lộc", "Toàn", "Hưng", "Thắng", "Tài", "Đạt", "Hiếu", "Khải",
)  # fmt: skip
GIVEN_FEMALE = ("Hạnh", "Lan", "Thảo", "Hiền", "Nhung", "Yến", "Hương", "Mai", "Ngân", "Trang", "Thủy", "Loan")
PRODUCTS = ("chế biến hạt điều", "mây tre đan", "gốm sứ", "nước mắm", "chế biến gỗ", "dệt thổ cẩm", "chè", "bánh kẹo")
SECTIONS = ("khuyen-cong", "cong-nghiep", "thuong-mai", "nang-luong", "dia-phuong")

TITLES = (
    "{province}: Khuyến công hỗ trợ {n_units} cơ sở {product} đổi mới thiết bị",
    "{province} tổng kết đợt xúc tiến thương mại số {k}, thu hút {n_firms} doanh nghiệp",
    "Hội nghị kết nối cung cầu lần thứ {k} tại {province}: ký kết hơn {money} tỷ đồng",
    "{province} khởi công cụm công nghiệp {area} ha, vốn {money} tỷ đồng",
)
SAPOS = (
    "Ngày {day}/{month}, Sở Công Thương tỉnh {province} tổ chức hội nghị đánh giá kết quả thực hiện chương trình "
    "khuyến công đợt {k}, với sự tham gia của {n_firms} doanh nghiệp và cơ sở công nghiệp nông thôn.",
    "Sáng {day}/{month}, tại trung tâm hội nghị tỉnh {province}, UBND tỉnh phối hợp với Sở Công Thương tổ chức hội "
    "nghị xúc tiến thương mại lần thứ {k} nhằm mở rộng thị trường cho sản phẩm {product}.",
    "Trong tháng {month}, Trung tâm Khuyến công tỉnh {province} đã hoàn thành bàn giao máy móc, thiết bị cho {n_units} "
    "cơ sở sản xuất {product} trên địa bàn, nâng tổng số đề án thực hiện trong năm lên {k}.",
    "Chiều {day}/{month}, UBND tỉnh {province} tổ chức lễ khởi công hạ tầng cụm công nghiệp số {k} với diện tích "
    "{area} ha, dành cho các doanh nghiệp {product} và công nghiệp hỗ trợ.",
)
OPENINGS = (
    "Dự hội nghị có ông {a}, Phó Chủ tịch UBND tỉnh {province}; bà {b}, Giám đốc Sở Công Thương tỉnh {province} cùng "
    "đại diện các sở, ngành và hiệp hội doanh nghiệp.",
    "Tham dự có Phó Chủ tịch UBND tỉnh {province} {a} và bà {b} - Giám đốc Trung tâm Khuyến công tỉnh {province}, "
    "cùng lãnh đạo các huyện, thị xã có cơ sở được hỗ trợ.",
    "Chủ trì sự kiện là ông {a}, Giám đốc Sở Công Thương tỉnh {province}. Cùng dự có bà {b}, Phó Chủ tịch UBND huyện "
    "có dự án, cùng đông đảo người dân địa phương.",
    "Phát biểu khai mạc, ông {a}, Phó Giám đốc Sở Công Thương tỉnh {province} cho biết đây là hoạt động thường niên; "
    "bà {b}, Phó Chủ tịch UBND tỉnh {province} đánh giá cao sự chủ động của doanh nghiệp.",
)
FIGURES = (
    "Theo báo cáo, giá trị sản xuất công nghiệp của tỉnh ước đạt hơn {big} tỷ đồng, tăng khoảng {pct}% so với cùng kỳ. "
    "Kinh phí khuyến công năm nay khoảng {money} tỷ đồng, hỗ trợ {n_units} cơ sở ứng dụng máy móc tiên tiến.",
    "Kim ngạch xuất khẩu của tỉnh đạt khoảng {usd} triệu USD, tăng {pct}%; trong đó nhóm hàng {product} đóng góp "
    "đáng kể. Tổng vốn đối ứng của các cơ sở được hỗ trợ đạt hơn {money} tỷ đồng.",
    "Cụm công nghiệp có diện tích {area} ha, tổng vốn đầu tư hạ tầng khoảng {money} tỷ đồng, dự kiến thu hút {n_firms} "
    "doanh nghiệp và tạo việc làm cho hơn {workers} lao động khi lấp đầy.",
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt khoảng {big} tỷ đồng, tăng {pct}%. Tại hội nghị, các "
    "bên đã ký {n_units} biên bản ghi nhớ với tổng giá trị hơn {money} tỷ đồng.",
)
MIDDLES_PARAGRAPHS = (
    "Theo ông {a_short}, khó khăn lớn nhất của các cơ sở {product} là thiếu vốn, mặt bằng sản xuất chật hẹp và chưa "
    "xây dựng được thương hiệu. Tỉnh sẽ ưu tiên hỗ trợ các sản phẩm có thị trường ổn định và liên kết theo chuỗi.",
    "Nhiều chủ cơ sở cho biết, nhờ dây chuyền mới, năng suất tăng gấp đôi, chi phí điện năng giảm đáng kể và sản "
    "phẩm {product} đã đủ điều kiện vào hệ thống siêu thị, sàn thương mại điện tử.",
    "Bà {b_short} đề nghị các doanh nghiệp chú trọng truy xuất nguồn gốc, bao bì và nhãn mác, đồng thời chủ động tham "
    "gia các hội chợ, triển lãm để giới thiệu sản phẩm {product} tới người tiêu dùng.",
    "Các đại biểu cũng thảo luận giải pháp giảm chi phí logistics, nâng cao tỷ lệ nội địa hóa và đào tạo nguồn nhân "
    "lực cho ngành {product}, vốn đang thiếu thợ lành nghề.",
)
CLOSINGS = (
    "Theo kế hoạch, hội chợ công thương của tỉnh sẽ diễn ra vào tháng {next_month} tại trung tâm tỉnh {province}.",
    "Dịp này, UBND tỉnh đã tặng bằng khen cho {n_units} tập thể và cá nhân có thành tích trong công tác khuyến công.",
    "Trong thời gian tới, Sở Công Thương sẽ tiếp tục khảo sát nhu cầu để xây dựng kế hoạch hỗ trợ đợt {k_next}.",
    "Dự kiến đến cuối năm, toàn tỉnh có thêm {n_units} sản phẩm đạt chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu.",
)
RELATED = (
    "Phó Chủ tịch UBND tỉnh {c} kiểm tra tiến độ các dự án công nghiệp",
    "Xuất khẩu {product} tăng mạnh trong quý",
    "Ông {d} được bổ nhiệm giữ chức Phó Giám đốc Sở Công Thương",
)
EXTRAS = (
    "Năm nay, tỉnh ưu tiên các đề án ở huyện miền núi và vùng đồng bào dân tộc thiểu số, nơi cơ sở sản xuất còn nhỏ "
    "lẻ, máy móc lạc hậu và khó tiếp cận vốn vay. Mỗi đề án được hỗ trợ tối đa {cap} triệu đồng.",
    "Đại diện một hợp tác xã cho biết, sau khi được hỗ trợ xây dựng nhãn hiệu, doanh thu năm qua tăng khoảng {pct2}%, "
    "đơn hàng từ các tỉnh phía Bắc và phía Nam tăng đều qua từng tháng.",
    "Bên lề sự kiện, các doanh nghiệp đã tham quan mô hình trình diễn kỹ thuật và trao đổi kinh nghiệm ứng dụng "
    "phần mềm quản lý sản xuất, bán hàng trực tuyến.",
    "Theo Sở Công Thương, toàn tỉnh hiện có {n_clusters} cụm công nghiệp đang hoạt động với tỷ lệ lấp đầy bình quân "
    "khoảng {pct2}%, nhiều cụm đã có hệ thống xử lý nước thải tập trung.",
)


def _number(value: float, decimals: int = 0) -> str:
    """Vietnamese number writing: `.` between thousands, `,` before decimals."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _person(rng: random.Random, female: bool) -> str:
    middle = "Thị" if female else rng.choice(MIDDLES)
    given = rng.choice(GIVEN_FEMALE if female else GIVEN)
    return f"{rng.choice(SURNAMES)} {middle} {given}"


def bench_article(host: int, k: int) -> Article:
    """Article k of benchmark host `host` (served at `/bai/<k>.html`); the same (host, k) gives the same page."""
    rng = random.Random(f"fixturesite-bench:{host}:{k}")
    variant = [rng.randrange(4) for _ in range(7)]
    a, c, d = (_person(rng, female=False) for _ in range(3))
    b = _person(rng, female=True)
    published = datetime(2024, 1, 1, 7, 0, tzinfo=timezone(timedelta(hours=7))) + timedelta(
        days=rng.randrange(720), minutes=rng.randrange(600)
    )
    province = rng.choice(PROVINCES)
    money = rng.randrange(12, 950) + rng.choice((0, 0, 0.5, 0.2, 0.8))
    values = {
        "k": k + 1,
        "k_next": k + 2,
        "province": province,
        "product": rng.choice(PRODUCTS),
        "n_units": rng.randrange(5, 60),
        "n_firms": rng.randrange(20, 200),
        "n_clusters": rng.randrange(6, 40),
        "money": _number(money, 1 if money % 1 else 0),
        "cap": rng.choice((200, 300, 400, 500)),
        "big": _number(rng.randrange(1_200, 95_000)),
        "usd": _number(rng.randrange(15, 800)),
        "pct": _number(rng.randrange(20, 250) / 10, 1),
        "pct2": rng.randrange(15, 90),
        "area": _number(rng.randrange(20, 300)),
        "workers": _number(rng.randrange(500, 9_000)),
        "day": published.day,
        "month": published.month,
        "next_month": published.month % 12 + 1,
        "a": a,
        "b": b,
        "c": c,
        "d": d,
        "a_short": a.split()[-1],
        "b_short": b.split()[-1],
    }
    paragraphs = [
        OPENINGS[variant[1]].format(**values),
        FIGURES[variant[2]].format(**values),
        MIDDLES_PARAGRAPHS[variant[3]].format(**values),
        EXTRAS[variant[4]].format(**values),
        CLOSINGS[variant[5]].format(**values),
    ]
    if variant[6] % 2:
        paragraphs[2], paragraphs[3] = paragraphs[3], paragraphs[2]
    return Article(
        key=f"bai-{host}-{k}",
        host=host,
        route=f"/bai/{k}.html",
        layout="bench",
        title=TITLES[variant[0]].format(**values),
        published=published.isoformat(),
        author=f"PV {rng.choice(GIVEN)}",
        section=rng.choice(SECTIONS),
        sapo=SAPOS[variant[0]].format(**values),
        paragraphs=tuple(paragraphs),
        related=tuple(t.format(**values) for t in RELATED),
        related_names=(c, d),
        officials=_opening_officials(variant[1], a, b, province),
        figures=(),
    )


def _opening_officials(variant: int, a: str, b: str, province: str) -> tuple[Official, ...]:
    roles = (
        (f"Phó Chủ tịch UBND tỉnh {province}", f"Giám đốc Sở Công Thương tỉnh {province}"),
        (f"Phó Chủ tịch UBND tỉnh {province}", f"Giám đốc Trung tâm Khuyến công tỉnh {province}"),
        (f"Giám đốc Sở Công Thương tỉnh {province}", "Phó Chủ tịch UBND huyện"),
        (f"Phó Giám đốc Sở Công Thương tỉnh {province}", f"Phó Chủ tịch UBND tỉnh {province}"),
    )[variant]
    return (Official(a, roles[0]), Official(b, roles[1]))
