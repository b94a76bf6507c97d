"""KID (customer identification) for bank payments: digits ending in a MOD10 (Luhn)
check digit, which every Norwegian bank verifies when the payer types it."""

from stdnum import luhn


def kid_for(*, company_id: int, sequence: int) -> str:
    """Company (5 digits) + invoice number (7 digits) + Luhn check digit: 13 digits."""
    body = f"{company_id % 100000:05d}{sequence % 10000000:07d}"
    return body + luhn.calc_check_digit(body)


def kid_is_valid(kid: str) -> bool:
    return kid.isdigit() and 2 <= len(kid) <= 25 and luhn.is_valid(kid)
