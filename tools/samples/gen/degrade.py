"""Scan-like degradation with ImageMagick: skew, slight blur, sensor noise, a gray and
sometimes uneven paper background.  Every random choice comes from a seed derived from
the sample name and page number, so a rerun produces the same images."""
from __future__ import annotations

import random
import subprocess
import zlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ScanProfile:
    """How rough a scan looks.  Angles in degrees; blur is the Gaussian sigma in pixels at 300 dpi."""
    min_angle: float = 0.3
    max_angle: float = 2.5
    blur: float = 0.7
    noise: float = 0.35
    uneven_background: bool = False
    paper_gray: float = 0.95  # white paper becomes this light gray
    # Kinds of damage the tuning samples never show (used by eval/documents): a photocopier's heavier strokes
    # (morphological thickening, 0 = off), a fax-like pass through a coarse resolution (dpi, 0 = off) and
    # salt-and-pepper specks (share of pixels, 0 = off).
    thicken: int = 0
    coarse_dpi: int = 0
    specks: float = 0.0

    @staticmethod
    def from_dict(d: dict) -> "ScanProfile":
        return ScanProfile(**d)


def page_seed(name: str, page: int) -> int:
    return zlib.crc32(f"{name}#{page}".encode("utf-8"))


def choose_angle(profile: ScanProfile, seed: int) -> float:
    rng = random.Random(seed)
    angle = rng.uniform(profile.min_angle, profile.max_angle)
    return round(angle if rng.random() < 0.5 else -angle, 2)


def degrade(src: Path, dst: Path, profile: ScanProfile, seed: int, dpi: int) -> float:
    """Writes the degraded page to dst (8-bit gray PNG) and returns the skew angle applied."""
    angle = choose_angle(profile, seed)
    scale = dpi / 300.0
    size = subprocess.run(["identify", "-format", "%wx%h", str(src)], check=True,
                          capture_output=True, text=True).stdout.strip()
    cmd = ["convert", "-limit", "thread", "1", str(src), "-colorspace", "Gray",
           "-background", "white", "-rotate", str(angle), "-gravity", "center", "-extent", size, "+repage",
           "-blur", f"0x{profile.blur * scale:.2f}"]
    if profile.thicken:
        cmd += ["-morphology", "Erode", f"Disk:{profile.thicken}"]
    if profile.coarse_dpi:
        cmd += ["-resize", f"{100 * profile.coarse_dpi / dpi:.1f}%", "-resize", size + "!"]
    if profile.uneven_background:
        # A lamp-lit flatbed: brighter in one corner, darker towards the opposite edge.
        rng = random.Random(seed + 1)
        dark = int(78 + rng.random() * 8)
        cmd += ["(", "-size", size, f"gradient:gray(100%)-gray({dark}%)", "-rotate", str(rng.choice([0, 180])), ")", "-compose", "multiply", "-composite"]
    black = 4
    white = int(profile.paper_gray * 100)
    cmd += ["+level", f"{black}%,{white}%",
            "-seed", str(seed % 100000), "-attenuate", f"{profile.noise:.2f}", "+noise", "Gaussian",
            *(["-attenuate", f"{profile.specks:.3f}", "+noise", "Impulse"] if profile.specks else []),
            "-depth", "8", "-type", "Grayscale", str(dst)]
    subprocess.run(cmd, check=True)
    return angle
