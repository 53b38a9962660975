from flask import Blueprint

bp = Blueprint("learn", __name__)

from . import classes, routes  # noqa: E402,F401
