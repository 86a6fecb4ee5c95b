"""A bare measure named by an act and its object: `diện tích trồng quế`, `công suất chế biến cá`, `sản lượng khai thác
than`. With no owner in the clause (`Tại huyện Văn Yên, với diện tích trồng quế khoảng 52.000ha`) the phrase still says
what is measured, so it is the subject; a measure and a verb alone (`tổng vốn đầu tư`, `công suất lắp đặt`) say too
little and are left to the thing that owns them."""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import low
from pipeline.language.analysis import Token


def acted_object(run: list[Token]) -> bool:
    """Whether the attribute phrase `run` holds a verb followed by its lowercase object noun, and ends on a noun."""
    if len(run) < 3 or run[-1].pos not in ("N", "Ny") or not run[-1].text[:1].islower():
        return False
    return any(run[n].pos == "V" and run[n + 1].pos == "N" and run[n + 1].text[:1].islower()
               and low(run[n + 1].text) not in ("loại", "các", "những", "số") for n in range(1, len(run) - 1))


# a verb of building or buying right before a works (and its number): the works it takes owns the attribute after `có`
BUILT = re.compile(r"(?i:đầu tư|xây dựng|lắp đặt|mua|trang bị|khánh thành|khởi công|vận hành)(?:\s+(?:\d+|một|hai|ba|thêm))?$")
