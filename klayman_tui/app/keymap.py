"""Key remaps from the settings, checked before they are applied: Quit and Help must
always stay within reach."""

from __future__ import annotations

from textual.binding import Binding

PROTECTED = ("quit", "help")


def _keys(key: str) -> set[str]:
    return {k.strip() for k in key.split(",") if k.strip()}


def checked_keymap(remaps: dict[str, str],
                   bindings: list[Binding]) -> tuple[dict[str, str], list[str]]:
    """(the remaps to apply, one message per remap refused)."""
    defaults = {b.id: _keys(b.key) for b in bindings if b.id}
    accepted: dict[str, str] = {}
    refused: list[str] = []
    for binding_id, key in remaps.items():
        if binding_id not in defaults:
            refused.append(f"Key remap {binding_id!r} ignored: no such binding "
                           f"(ids: {', '.join(sorted(defaults))}).")
            continue
        accepted[binding_id] = key
    # Quit and Help keep a key of their own: a remap that would take it is refused.
    for binding_id, key in list(accepted.items()):
        final = {b: _keys(accepted.get(b, ",".join(k))) for b, k in defaults.items()}
        for protected in PROTECTED:
            if protected == binding_id:
                others = set().union(*(v for b, v in final.items() if b != protected))
                if final[protected] <= others:
                    refused.append(f"Key remap {binding_id} → {key!r} refused: that key "
                                   f"is taken, and {protected} must keep a key.")
                    del accepted[binding_id]
                    break
            elif final[protected] <= final[binding_id]:
                refused.append(f"Key remap {binding_id} → {key!r} refused: it would take "
                               f"the {protected} key away.")
                del accepted[binding_id]
                break
    return accepted, refused


def apply_keymap(app, remaps: dict[str, str]) -> list[str]:
    """Apply the allowed ``remaps`` to ``app``'s bindings; the refusals, one line each."""
    keymap, refused = checked_keymap(remaps, app.BINDINGS)
    app.set_keymap(keymap)
    return refused
