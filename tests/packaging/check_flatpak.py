#!/usr/bin/env python3
"""Validates the Flatpak manifest: it must parse as YAML and describe a buildable app.

usage: check_flatpak.py MANIFEST APP_ID SOURCE_DIR
"""
import os
import sys

import yaml


def fail(message):
    print(f"check_flatpak: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) != 4:
        fail(__doc__.strip())
    manifest_path, app_id, source_dir = sys.argv[1:]
    try:
        with open(manifest_path, encoding="utf-8") as f:
            manifest = yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        fail(f"{manifest_path}: {e}")
    if not isinstance(manifest, dict):
        fail("the manifest is not a YAML mapping")

    if os.path.basename(manifest_path) != f"{app_id}.flatpak.yml":
        fail(f"the file should be named {app_id}.flatpak.yml")
    if manifest.get("app-id") != app_id:
        fail(f"app-id is {manifest.get('app-id')!r}, expected {app_id!r}")
    for key in ("runtime", "runtime-version", "sdk", "command", "modules", "finish-args"):
        if not manifest.get(key):
            fail(f"missing {key}")
    if not str(manifest["runtime-version"]).strip():
        fail("runtime-version is empty")
    if manifest["command"] != "orstudio":
        fail(f"command is {manifest['command']!r}, expected 'orstudio'")
    if manifest.get("rename-desktop-file") not in (None, f"{app_id}.desktop"):
        fail("rename-desktop-file must name the app id's desktop file")

    args = manifest["finish-args"]
    for needed in ("--share=network", "--talk-name=org.freedesktop.secrets"):
        if needed not in args:
            fail(f"finish-args lacks {needed}")
    for arg in args:
        if arg.startswith("--filesystem=host") or arg == "--socket=session-bus":
            fail(f"finish-args grants too much: {arg}")

    modules = manifest["modules"]
    if not isinstance(modules, list) or not modules:
        fail("modules must be a non-empty list")
    names = []
    for module in modules:
        if not isinstance(module, dict) or not module.get("name"):
            fail(f"a module without a name: {module!r}")
        names.append(module["name"])
        if not module.get("buildsystem") or not module.get("sources"):
            fail(f"module {module['name']} needs a buildsystem and sources")
        for source in module["sources"]:
            if source.get("type") == "git" and not (source.get("tag") or source.get("commit")):
                fail(f"module {module['name']}: git sources must pin a tag or commit")
    if "qtkeychain" not in names:
        fail("QtKeychain must be built: the key is stored through it")

    app = modules[-1]
    if app["name"] != "orstudio" or app["buildsystem"] not in ("cmake", "cmake-ninja"):
        fail("the last module must build orstudio with CMake")
    opts = app.get("config-opts", [])
    if "-DORC_BUILD_TESTS=OFF" not in opts:
        fail("the app module must switch the tests off (-DORC_BUILD_TESTS=OFF)")
    dirs = [s for s in app["sources"] if s.get("type") == "dir"]
    if len(dirs) != 1:
        fail("the app module must build this source tree (one 'dir' source)")
    resolved = os.path.realpath(os.path.join(os.path.dirname(manifest_path), dirs[0]["path"]))
    if resolved != os.path.realpath(source_dir):
        fail(f"the app source resolves to {resolved}, not {source_dir}")
    with open(os.path.join(resolved, "CMakeLists.txt"), encoding="utf-8") as f:
        if app_id not in f.read():
            fail("the source tree's CMakeLists.txt does not define the app id")
    print(f"check_flatpak: {manifest_path} is valid ({', '.join(names)})")


if __name__ == "__main__":
    main()
