"""All models, imported here so Alembic and the app see every table."""

from .attempt import Answer, Attempt
from .audit import AuditEvent, SiteSetting
from .classroom import (
    LEADERBOARD_MODES,
    Assignment,
    BestScore,
    Classroom,
    Membership,
    PracticeDay,
)
from .content import Article, Draft, Exercise, Item
from .live import LiveAnswer, LiveGame, LivePlayer
from .lrs import LrsSetting
from .lti import (
    LtiContext,
    LtiDeployment,
    LtiGradePassback,
    LtiLaunchValue,
    LtiLineItem,
    LtiPlatform,
    LtiResourceLink,
    LtiToolKey,
    LtiUserLink,
)
from .user import ROLES, User

__all__ = [
    "LEADERBOARD_MODES",
    "ROLES",
    "Answer",
    "Article",
    "Assignment",
    "Attempt",
    "AuditEvent",
    "BestScore",
    "Classroom",
    "Draft",
    "Exercise",
    "Item",
    "LrsSetting",
    "LiveAnswer",
    "LiveGame",
    "LivePlayer",
    "LtiContext",
    "LtiDeployment",
    "LtiGradePassback",
    "LtiLaunchValue",
    "LtiLineItem",
    "LtiPlatform",
    "LtiResourceLink",
    "LtiToolKey",
    "LtiUserLink",
    "Membership",
    "PracticeDay",
    "SiteSetting",
    "User",
]
