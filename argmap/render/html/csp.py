"""The Content-Security-Policy of argmap's pages: their own script and style, nothing else.

A page carries one inline script and one inline style sheet; the policy allows
exactly those (by their SHA-256 hashes), images only as ``data:`` URLs, and no
network access of any kind.
"""

from __future__ import annotations

import base64
import hashlib


def sha256_source(text: str) -> str:
    """The CSP source expression allowing the inline ``text``: ``'sha256-<base64>'``.

    >>> sha256_source("")
    "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    """
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(css: str, script: str) -> str:
    """The policy of a page whose only style sheet is ``css`` and only script ``script``.

    >>> policy = content_security_policy("p {}", "1;")
    >>> policy.startswith("default-src 'none'; script-src 'sha256-")
    True
    >>> "connect-src" in policy, "unsafe-inline" in policy
    (False, False)
    """
    return (
        "default-src 'none'; "
        f"script-src {sha256_source(script)}; "
        f"style-src {sha256_source(css)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
