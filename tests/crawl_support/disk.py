"""Running ``warta`` on a real full or read-only disk: small tmpfs mounts in a private
mount namespace (``unshare --mount``), so nothing is left mounted when the test ends.

:func:`run_on_small_disks` copies the given files onto fresh tmpfs mounts, fills each
mount up to ``free`` bytes (or remounts it read-only), runs the warta command there,
then copies everything back out for the test to inspect.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = r"""
import json, os, shutil, subprocess, sys
plan = json.loads(sys.argv[1])
for disk in plan["disks"]:
    os.makedirs(disk["mount"], exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={disk['size']}", "tmpfs", disk["mount"]], check=True)
    for source, name in disk["copy"]:
        shutil.copy2(source, os.path.join(disk["mount"], name))
    if disk.get("free") is not None:
        st = os.statvfs(disk["mount"])
        room = st.f_bavail * st.f_frsize - disk["free"]
        with open(os.path.join(disk["mount"], "filler"), "wb") as filler:
            filler.write(b"\0" * max(room, 0))
    if disk.get("read_only"):
        subprocess.run(["mount", "-o", "remount,ro", disk["mount"]], check=True)
result = subprocess.run(plan["command"], capture_output=True, text=True, timeout=120)
for disk in plan["disks"]:
    out = disk["out"]
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(disk["mount"]):
        path = os.path.join(disk["mount"], name)
        if name != "filler":
            (shutil.copytree if os.path.isdir(path) else shutil.copy2)(path, os.path.join(out, name))
print(json.dumps({"returncode": result.returncode, "stdout": result.stdout, "stderr": result.stderr}))
"""


@dataclass
class Disk:
    mount: Path  # where the tmpfs is mounted inside the namespace
    out: Path  # where its files are copied back to afterwards
    size: str = "2m"
    copy: tuple[tuple[Path, str], ...] = ()  # (file, name on the disk)
    free: int | None = None  # fill the disk up to this many free bytes
    read_only: bool = False


def namespaces_available() -> str | None:
    """None when tmpfs can be mounted in a private namespace here, else why not."""
    if shutil.which("unshare") is None:
        return "the unshare command is missing"
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c",
                            "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"cannot mount a tmpfs in a private namespace: {probe.stderr.strip()}"
    return None


def run_on_small_disks(disks: list[Disk], warta_args: list[str]) -> subprocess.CompletedProcess:
    plan = {"disks": [{"mount": str(d.mount), "out": str(d.out), "size": d.size,
                       "copy": [(str(src), name) for src, name in d.copy], "free": d.free,
                       "read_only": d.read_only} for d in disks],
            "command": [sys.executable, "-c", "from pipeline.cli import main; main()",
                        *map(str, warta_args)]}
    done = subprocess.run(["unshare", "--mount", "--propagation", "private", sys.executable,
                           "-c", _SCRIPT, json.dumps(plan)],
                          capture_output=True, text=True, timeout=180, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"the disk harness failed: {done.stderr}")
    outcome = json.loads(done.stdout)
    return subprocess.CompletedProcess(warta_args, outcome["returncode"], outcome["stdout"],
                                       outcome["stderr"])
