"""Key remaps from the settings, checked before they are applied: Quit and Help must
always stay within reach."""

from __future__ import annotations

import unicodedata

from textual.binding import Binding

PROTECTED = ("quit", "help")


_MODIFIERS = {"ctrl", "shift", "alt", "meta", "super", "hyper"}
# Unicode categories of characters no key types: pictures and symbols ("So": 🍌, ☃),
# and code points that are no character.
_NO_KEY_CATEGORIES = {"So", "Cs", "Co", "Cn"}
# Keys the app keeps for itself whatever the settings say (moving in every pane, Tab
# between panes, f to filter the sources, Enter to open): a remap onto one would leave
# its own binding and the remapped one fighting over it.
RESERVED = {"j": "down", "k": "up", "g": "top", "G": "end", "f": "filter the sources",
            "tab": "next pane", "shift+tab": "previous pane", "enter": "open",
            "up": "up", "down": "down", "left": "left", "right": "right", "home": "top",
            "end": "end", "pageup": "page up", "pagedown": "page down"}


def _keys(key: str) -> set[str]:
    """The keys of a binding, each by its name (``?`` and ``question_mark`` are one)."""
    return {_named(k.strip()) for k in key.split(",") if k.strip()}


def _named(key: str) -> str:
    """One spelling of a key: a named printable key as its character."""
    from textual.keys import key_to_character

    *modifiers, name = key.split("+")
    character = key_to_character(name) if len(name) > 1 else None
    return "+".join([*modifiers, character if character and len(character) == 1 else name])


def is_key(key: str) -> bool:
    """A key Textual can bind: a character, or a key's name (``f10``, ``escape``,
    ``question_mark``), after any modifiers (``ctrl+y``)."""
    from textual.keys import REPLACED_KEYS, Keys, key_to_character

    *modifiers, name = key.split("+")
    if not name or not set(modifiers) <= _MODIFIERS:
        return False
    if len(name) == 1:
        # (a character a key types; not a picture no keyboard has: "banana" is 🍌 to
        # Unicode, as "exclamation_mark" is !)
        return name.isprintable() and unicodedata.category(name) not in _NO_KEY_CATEGORIES
    named = {k.value for k in Keys if k.value.isalnum()}
    if name in named:
        return True
    character = key_to_character(REPLACED_KEYS.get(name, name))
    return character is not None and len(character) == 1 and is_key(character)


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
        reserved = sorted(k for k in key.split(",") if k.strip() in RESERVED)
        if reserved:
            refused.append(f"Key remap {binding_id} → {key!r} refused: "
                           + ", ".join(f"{k.strip()} is the app's own key ({RESERVED[k.strip()]})"
                                       for k in reserved) + ".")
            continue
        unknown = sorted(k.strip() for k in key.split(",")
                         if k.strip() and not is_key(_named(k.strip())))  # (as written)
        if unknown or not _keys(key):
            refused.append(f"Key remap {binding_id} → {key!r} refused: no such key "
                           f"({', '.join(map(repr, unknown)) or 'none given'}; keys are "
                           "characters or names like f10, escape, ctrl+y).")
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
    # Nor is any other key's key taken without a word (star on n left Next quote
    # without one): a remap onto a key another binding keeps is refused; two may swap.
    while clash := _first_clash(accepted, defaults):
        binding_id, other, shared = clash
        refused.append(f"Key remap {binding_id} → {accepted.pop(binding_id)!r} refused: "
                       f"{', '.join(sorted(shared))} is already {other}'s key (remap that "
                       "one too).")
    return accepted, refused


def _first_clash(accepted: dict[str, str], defaults: dict[str, set[str]]
                 ) -> tuple[str, str, set[str]] | None:
    """(a remapped binding, another one, the keys both would have), or None."""
    final = {b: _keys(accepted.get(b, ",".join(k))) for b, k in defaults.items()}
    for binding_id in accepted:
        for other, keys in final.items():
            if other != binding_id and final[binding_id] & keys:
                return binding_id, other, final[binding_id] & keys
    return None


def apply_keymap(app, remaps: dict[str, str]) -> list[str]:
    """Apply the allowed ``remaps`` to ``app``'s bindings; the refusals, one line each."""
    keymap, refused = checked_keymap(remaps, app.BINDINGS)
    app.set_keymap(keymap)
    return refused
