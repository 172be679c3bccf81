/// <reference types="@open-express-dashboard/element/preact" />
