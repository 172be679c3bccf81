/// <reference types="@open-express-dashboard/element/solid" />
