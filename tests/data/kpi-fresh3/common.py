# Shared container only: each call is written by hand in b*.py.
CALLS = []
def call(n, agent, when, style, conv, upsell, sent, note, text):
    """n: number; when: 'DD HH:MM'; style: 'c' clean or 'a' ASR; text: lines 'A: ...' / 'C: ...'."""
    CALLS.append(dict(n=n, agent=agent, when=when, style=style, conv=conv,
                      upsell=upsell, sent=sent, note=note, text=text))
