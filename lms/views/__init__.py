"""lms views by wing: ``learning``, ``certificates``, ``newsletter``, ``site``."""
